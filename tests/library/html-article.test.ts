import {describe, expect, it} from 'vitest';
import {htmlToArticle} from '../../src/library/html/html-article.js';
import {articleOnly, stripNoise} from '../../src/library/html/strip.js';
import {CHROME_MARKERS, newsPage, type DatePlace} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';

const URL_ = 'https://courier.example/news/story';

function read(html: string) {
  const result = htmlToArticle(html, URL_);
  if (!result.ok) throw new Error(result.reason);
  return result.draft;
}

describe('reading a web page in reader mode', () => {
  it.each(SHIPPED)('keeps exactly the article of %s and none of the page around it', (file) => {
    const article = shippedArticle(file, URL_);
    const draft = read(newsPage({...article, authors: ['Jane Doe']}, {padTo: 100_000}));
    expect(draft.paragraphs).toEqual(article.paragraphs);
    const text = draft.paragraphs.join('\n');
    for (const marker of CHROME_MARKERS) expect(text).not.toContain(marker);
    expect(draft.title).toBe(article.title);
    expect(draft.source).toBe('The Harbour Courier');
    expect(draft.authors).toEqual(['Jane Doe']);
    expect(draft.url).toBe(URL_);
  });

  it.each<[DatePlace, string | null]>([
    ['meta', '2019-01-05T09:30:00Z'],
    ['jsonld', '2019-01-05T09:30:00Z'],
    ['time', '2019-01-05T09:30:00Z'],
    ['none', null],
  ])('finds the date when the page states it in %s', (datePlace, date) => {
    const article = shippedArticle(SHIPPED[0] ?? '', URL_);
    expect(read(newsPage(article, {datePlace})).date).toBe(date);
  });

  it("names the site from the page's title beside its headline when no metadata names it", () => {
    const article = shippedArticle(SHIPPED[1] ?? '', URL_);
    const bare = (docTitle: string) =>
      newsPage(article)
        .replace(/<meta property="og:site_name"[^>]*>/, '')
        .replace(/<title>[^<]*<\/title>/, `<title>${docTitle}</title>`);
    expect(bare(`${article.title} | Coastal News`)).not.toContain('og:site_name');
    expect(htmlToArticle(bare(`${article.title} | Coastal News`), null)).toMatchObject({
      ok: true,
      draft: {source: 'Coastal News'},
    });
    expect(htmlToArticle(bare(`Coastal News – ${article.title}`), null)).toMatchObject({
      draft: {source: 'Coastal News'},
    });
    // A title that is the headline alone, or another headline, names no site: the page's address does, if any.
    expect(htmlToArticle(bare(article.title), URL_)).toMatchObject({draft: {source: 'courier.example'}});
    expect(htmlToArticle(bare('Storm - what we know so far about the ferry'), null)).toMatchObject({
      draft: {source: null},
    });
  });

  it('takes authors from JSON-LD when the page has no byline', () => {
    const article = {...shippedArticle(SHIPPED[1] ?? '', URL_), authors: ['Ana Kovač', 'Tom Reed']};
    const html = newsPage(article, {datePlace: 'jsonld'}).replace(/<p class="byline">.*?<\/p>/, '');
    expect(read(html).authors).toEqual(['Ana Kovač', 'Tom Reed']);
  });

  it('reads a page in a script written without spaces between words (Japanese, Chinese, Thai)', () => {
    // Made-up reports: a short news story each, as long as the shipped library's shortest.
    const stories = {
      ja: 'リバートン市のエイダ・バルガ市長は火曜日、議会が港湾計画を承認したと述べた。住民は計画の費用について意見が分かれた。',
      zh: '里弗顿市市长艾达·瓦尔加周二表示，市议会批准了港口计划。居民对该计划的费用意见不一，一些人担心税收会增加。',
      th: 'นายกเทศมนตรีเมืองริเวอร์ตันกล่าวเมื่อวันอังคารว่าสภาได้อนุมัติแผนท่าเรือแล้ว ชาวเมืองมีความเห็นแตกต่างกันเกี่ยวกับค่าใช้จ่ายของแผนนี้',
    };
    for (const [lang, story] of Object.entries(stories)) {
      const paragraphs = Array.from({length: 6}, (_, i) => `${story}（${i + 1}）`);
      const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Riverton</title></head><body><article><h1>Riverton</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      expect(read(html).paragraphs).toEqual(paragraphs);
    }
  });

  it('says when a page holds no article: a front page of links, a login wall', () => {
    const links = Array.from(
      {length: 40},
      (_, i) => `<li><a href="/n/${i}">Headline number ${i} of the day</a></li>`,
    );
    const front = `<!DOCTYPE html><html><head><title>Courier</title></head><body><nav><a href="/">Home</a></nav><ul>${links.join('')}</ul></body></html>`;
    const wall = `<!DOCTYPE html><html><body><main><h1>Sign in</h1><form><input name="u"><button>Log in</button></form><p>Subscribers only.</p></main></body></html>`;
    for (const html of [front, wall]) {
      const result = htmlToArticle(html, URL_);
      expect(result).toEqual({
        ok: false,
        reason: 'no readable article on the page (too little text outside menus and links)',
      });
    }
  });

  it('leaves no terminal escapes and no markup in the text', () => {
    const article = shippedArticle(SHIPPED[2] ?? '', URL_);
    const page = newsPage(article);
    // A paragraph with escape sequences, markup a feed escaped twice, and real inline markup.
    const at = page.indexOf('</p>', page.indexOf('story-body'));
    const dirt = ' \u001b]0;pwned\u0007\u001b[2J &lt;b&gt;bold&lt;/b&gt; <i>kept words</i>';
    const html = page.slice(0, at) + dirt + page.slice(at);
    const first = read(html).paragraphs[0] ?? '';
    // eslint-disable-next-line no-control-regex -- the point is that none are left
    expect(first).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(first).not.toMatch(/<\/?[a-z]/i);
    expect(first).toContain('kept words');
  });

  it('reads the whole page when its <article> holds only part of the story, or there are several', () => {
    const article = shippedArticle(SHIPPED[3] ?? '', URL_);
    const page = newsPage(article);
    // The story body moved out of <article> (which keeps the headline and byline only).
    const split = page
      .replace('<div class="story-body">', '</article><div class="story-body">')
      .replace(/<\/div>\n(<div class="share-tools">[\s\S]*?)<\/article>/, '</div>\n$1');
    const focused = articleOnly(stripNoise(split)) ?? '';
    expect(focused).toContain('class="headline"');
    expect(focused).not.toContain('story-body');
    expect(read(split).paragraphs).toEqual(article.paragraphs);
    // Teasers marked up as <article> beside the story.
    const teasers = page.replace(
      '<section class="related">',
      '<article class="teaser"><p>Another story.</p></article><section class="related">',
    );
    expect(articleOnly(teasers)).toBeNull();
    expect(read(teasers).paragraphs).toEqual(article.paragraphs);
  });
});
