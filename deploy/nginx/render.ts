// Renders nginx.conf.template for a deployment and prints it:
//   npx tsx deploy/nginx/render.ts --listen 80 --upstreams 10.0.0.11:3000,10.0.0.12:3000 \
//     --prefix /var/lib/credit-nginx [--rate 20] [--burst 200] [--cache-max-size 4g] \
//     [--edge-refresh-from 10.0.0.21,10.0.0.22] > /etc/credit-nginx.conf
//   nginx -p /var/lib/credit-nginx -c /etc/credit-nginx.conf
// (The prefix's logs/, temp/ and cache/ must exist and belong to the rendering user: see the `user` line.)
import { parseArgs } from 'node:util';
import { renderNginxConf } from '../../scripts/lib/nginx';

const { values } = parseArgs({
  options: {
    listen: { type: 'string', default: '80' },
    upstreams: { type: 'string' },
    prefix: { type: 'string' },
    rate: { type: 'string', default: '20' },
    burst: { type: 'string', default: '200' },
    'cache-max-size': { type: 'string', default: '1g' },
    'access-log': { type: 'boolean', default: true },
    /** The worker hosts' addresses (comma-separated), allowed to refresh cached pages. */
    'edge-refresh-from': { type: 'string', default: '' },
  },
  strict: true,
});
if (!values.upstreams || !values.prefix) {
  console.error('usage: tsx deploy/nginx/render.ts --upstreams host:port,host:port --prefix DIR [--listen 80] [--rate 20] [--burst 200] [--cache-max-size 1g]');
  process.exit(2);
}
process.stdout.write(
  renderNginxConf({
    listen: values.listen,
    upstreams: values.upstreams.split(','),
    prefix: values.prefix,
    ratePerSecond: Number(values.rate),
    rateBurst: Number(values.burst),
    cacheMaxSize: values['cache-max-size'],
    accessLog: values['access-log'],
    edgeRefreshFrom: values['edge-refresh-from'].split(',').filter(Boolean),
  }),
);
