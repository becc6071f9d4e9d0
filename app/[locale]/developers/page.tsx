import { getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import { env } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';
import { getLatestDump } from '@/lib/dumps/get-latest-dump';
import { HeadedSection } from '@/components/ui/headed-section';

// Static: generated at build for each locale; expired when a dump is written (tag dumps), hourly at most.
export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const generateMetadata = localizedMetadata('Developers');

const ENDPOINTS = [
  ['GET /api/v1/entities/{uscc}', 'entities', '/api/v1/entities/91370000163044841F'],
  ['GET /api/v1/search?q=&level=&district=&industry=&type=&page=&limit=', 'search', '/api/v1/search?q=%E5%8D%8E%E9%80%9A&level=red'],
  ['GET /api/v1/lists/{slug}?status=&district=&from=&to=&format=json|csv|jsonl', 'lists', '/api/v1/lists/abnormal-operations?status=current&format=csv'],
  ['GET /api/v1/licences?department=&district=&industry=&kind=&from=&to=&after=&format=json|csv|jsonl', 'licences', '/api/v1/licences?format=csv'],
  [
    'GET /api/v1/penalties?department=&district=&industry=&kind=&severity=&from=&to=&after=&format=json|csv|jsonl',
    'penalties',
    '/api/v1/penalties?severity=serious&format=jsonl',
  ],
  ['GET /api/health', 'health', '/api/health'],
] as const;

/** One month of a firm's 12345 figures, as a department's system sends it. */
const COMPLAINTS_EXAMPLE = JSON.stringify({
  complaints: [{ sourceRef: '12345-2026-11-0001', uscc: '91370000163044841F', month: '2026-11', received: 4, resolved: 3 }],
});

/** An endpoint: its signature, what it gives, and a command that calls it. */
function EndpointCard({ signature, description, command }: { signature: string; description: string; command: string }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <p className="font-mono text-sm break-all">{signature}</p>
      <p className="mt-1 text-slate-700">{description}</p>
      <pre className="mt-2 rounded bg-slate-900 p-3 text-sm break-all whitespace-pre-wrap text-slate-100">
        <code>{command}</code>
      </pre>
    </div>
  );
}

export default async function DevelopersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Developers');
  const dump = await getLatestDump();
  const origin = env.SITE_URL;
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <p>
        <a href="/api/v1/openapi.json" className="font-semibold text-brand-700 underline">
          {t('openapi')}
        </a>
      </p>
      <HeadedSection id="dev-endpoints" heading={t('endpointsHeading')} className="space-y-4" headingClassName="text-xl font-bold">
        {ENDPOINTS.map(([signature, key, example]) => (
          <EndpointCard key={key} signature={signature} description={t(key)} command={`curl -H 'Accept-Language: ${locale}' '${origin}${example}'`} />
        ))}
      </HeadedSection>
      <HeadedSection id="dev-intake" heading={t('intakeHeading')} className="space-y-4" headingClassName="text-xl font-bold">
        <p className="text-slate-700">{t('intakeIntro')}</p>
        <EndpointCard
          signature="POST /api/v1/intake/complaints"
          description={t('intakeComplaints')}
          command={`curl -X POST -H 'Authorization: Bearer <token>' -H 'Content-Type: application/json' -H 'Accept-Language: ${locale}' \\\n  -d '${COMPLAINTS_EXAMPLE}' '${origin}/api/v1/intake/complaints'`}
        />
        <p className="text-slate-700">{t('intakeTemplates')}</p>
      </HeadedSection>
      <HeadedSection id="dev-rules" heading={t('rulesHeading')} className="space-y-2" headingClassName="text-xl font-bold">
        <ul className="list-disc space-y-1 pl-6 text-slate-800">
          <li>{t('rateLimit', { limit: env.API_RATE_LIMIT_PER_MINUTE })}</li>
          <li>{t('caching')}</li>
          <li>{t('cors')}</li>
          <li>{t('errors')}</li>
        </ul>
      </HeadedSection>
      <HeadedSection id="dev-dump" heading={t('dumpHeading')} className="space-y-2" headingClassName="text-xl font-bold">
        <p>{t('dump')}</p>
        {dump ? (
          <p data-testid="dump-latest">
            {t('dumpLatest', { date: dump.date, size: dump.bytes })}{' '}
            <a href={`/api/v1/dumps/${dump.file}`} className="text-brand-700 underline">
              {t('download')}
            </a>
          </p>
        ) : (
          <p data-testid="dump-latest">{t('dumpNone')}</p>
        )}
      </HeadedSection>
      <HeadedSection id="dev-feeds" heading={t('feedsHeading')} className="space-y-2" headingClassName="text-xl font-bold">
        <p>{t('feeds')}</p>
      </HeadedSection>
      <p className="text-sm text-slate-600">{t('terms')}</p>
    </article>
  );
}
