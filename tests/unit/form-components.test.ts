// The GOV.UK form primitives (components/ui): the error summary and a field's accessible markup.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../components/ui/error-summary';
import { Field } from '../../components/ui/field';
import { Textarea } from '../../components/ui/textarea';

describe('ErrorSummary', () => {
  it('is one alert with its title, a link per field issue and plain text for the whole form', () => {
    const html = renderToStaticMarkup(
      createElement(ErrorSummary, { title: 'There is a problem', items: [{ text: 'Try again later' }, { text: 'Enter a name', field: 'applicantName' }] }),
    );
    expect(html.match(/role="alert"/g)).toHaveLength(1);
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('aria-labelledby="error-summary-title"');
    expect(html).toContain('<h2 id="error-summary-title"');
    expect(html).toContain('<a href="#applicantName"');
    expect(html).not.toContain('href="#form"');
    expect(html).toContain('Try again later');
  });

  it('renders nothing without issues', () => {
    expect(renderToStaticMarkup(createElement(ErrorSummary, { title: 'x', items: [] }))).toBe('');
  });
});

describe('Field and Textarea', () => {
  it('describe their control by hint and error and mark it invalid', () => {
    const html = renderToStaticMarkup(
      createElement(Field, { id: 'phone', label: 'Phone', hint: 'Digits', error: 'Enter a phone number', errorPrefix: 'Error:' }),
    );
    expect(html).toContain('<label for="phone"');
    expect(html).toContain('id="phone-hint"');
    expect(html).toContain('id="phone-error"');
    expect(html).toContain('<span class="sr-only">Error:</span>');
    const input = html.match(/<input [^>]*>/)?.[0] ?? '';
    for (const attribute of ['id="phone"', 'name="phone"', 'aria-describedby="phone-hint phone-error"', 'aria-invalid="true"'])
      expect(input).toContain(attribute);
  });

  it('leave a valid control unmarked', () => {
    const html = renderToStaticMarkup(createElement(Textarea, { id: 'note', name: 'note', label: 'Note' }));
    expect(html).toContain('<textarea id="note" name="note"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
  });
});
