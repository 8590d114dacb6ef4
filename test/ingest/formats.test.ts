import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {assertVerbatimSegments, fixtures, ingestPath, onlyReport} from './ingest-helpers.js';

test('.md: front matter gives title, outlet, date, url; the rest stays in metadata; markup is dropped', () => {
	const file = join(fixtures, 'doha-round.md');
	const report = onlyReport(file);
	assert.equal(report.format, 'md');
	assert.equal(report.title, 'Doha round ends with a US bridging proposal');
	assert.equal(report.outlet, 'The Gulf Wire');
	assert.equal(report.date, '2024-08-16');
	assert.equal(report.url, 'https://gulfwire.example.com/2024/08/16/doha-round');
	assert.deepEqual(report.metadata, {author: 'Leila Haddad', tags: ['gaza', 'ceasefire', 'qatar']});
	const lines = report.text.split('\n');
	// A hard-wrapped paragraph is one line; emphasis, link and image markup are gone.
	assert.ok(lines.includes('Analysis — After two days of intensive talks in Doha, the United States, Qatar and Egypt presented Israel and Hamas with a bridging proposal meant to close the remaining gaps.'));
	assert.ok(lines.includes('"There is no more time to waste," the three mediators said in a joint statement.'));
	assert.ok(lines.includes('Israeli forces on the Philadelphi corridor.'));
	assert.doesNotMatch(report.text, /\*\*|\]\(|!\[|tracking-pixel|title:|Advertisement|newsletter/);
	assert.deepEqual(assertVerbatimSegments(report, readFileSync(file, 'utf8')), []);
});

test('.html: Readability main text, meta tags for title, site and date; nav, ads, captions and footer dropped', () => {
	const file = join(fixtures, 'saved-page.html');
	const report = onlyReport(file);
	assert.equal(report.format, 'html');
	assert.equal(report.title, 'Mediators push Cairo talks on Gaza truce');
	assert.equal(report.outlet, 'The Daily Ledger');
	assert.equal(report.date, '2024-08-25');
	assert.equal(report.url, 'https://ledger.example.com/world/2024/08/25/cairo-talks');
	assert.match(report.text, /^Egyptian and Qatari mediators hosted a new round of talks in Cairo/);
	assert.match(report.text, /Israel’s demand to keep troops along the Philadelphi corridor and the exact number of prisoners to be freed & their names\./);
	assert.match(report.text, /“There is progress, but we are not there yet,”/);
	for (const junk of ['Advertisement', 'Subscribe', 'Related stories', 'newsletter', 'All rights reserved', 'Photo by', 'Oct. 3, 2023', 'dataLayer', 'display:block']) {
		assert.ok(!report.text.includes(junk), `"${junk}" should be gone`);
	}
	assert.equal(report.text.split('\n').length, 5);
	// Offsets point into the saved page itself.
	assert.equal(report.metadata.offsetsInto, 'file');
	assert.deepEqual(assertVerbatimSegments(report, readFileSync(file, 'utf8')), []);
});

test('.json NewsAPI export: one report per article as file#N, source.name as outlet, truncation marker removed', () => {
	const file = join(fixtures, 'newsapi-export.json');
	const {reports, warnings} = ingestPath(file);
	assert.deepEqual(reports.map((r) => r.file), [`${file}#1`, `${file}#2`]);
	const [first, second] = reports;
	assert.equal(first!.outlet, 'Reuters');
	assert.equal(first!.date, '2024-08-24');
	assert.equal(first!.title, 'Hamas delegation heads to Cairo for ceasefire talks');
	assert.equal(first!.url, 'https://example.com/reuters/hamas-cairo');
	assert.match(first!.text, /^A Hamas delegation led by Khalil al-Hayya will travel to Cairo/);
	assert.doesNotMatch(first!.text, /\[\+\d+ chars\]/);
	assert.equal(first!.metadata.author, 'Nidal al-Mughrabi');
	// HTML in a description is stripped into lines.
	assert.equal(second!.text, 'US envoy Amos Hochstein returned to Beirut on Tuesday to push a ceasefire between Israel and Hezbollah.\nLebanese officials said a 60-day truce was under discussion.');
	assert.equal(second!.outlet, 'Al-Monitor');
	// The article with no text is a warning naming the file, not a report.
	assert.equal(warnings.length, 1);
	assert.equal(warnings[0]!.file, file);
	assert.match(warnings[0]!.reason, /item 3: no text/);
});

test('.jsonl: one report per line (#N counts non-blank lines); a malformed line is a warning naming its line, the others load', () => {
	const file = join(fixtures, 'wire-items.jsonl');
	const {reports, warnings} = ingestPath(file);
	assert.deepEqual(reports.map((r) => r.file), [`${file}#1`, `${file}#3`]);
	assert.equal(reports[0]!.date, '2025-02-04');
	assert.equal(reports[0]!.outlet, 'Example Post');
	assert.deepEqual(reports[0]!.metadata, {section: 'World'});
	assert.equal(reports[0]!.text.split('\n').length, 2);
	assert.equal(reports[1]!.title, 'Istanbul round ends after three hours');
	assert.equal(reports[1]!.date, '2022-03-29');
	assert.equal(reports[1]!.outlet, 'Example Agency');
	assert.deepEqual(warnings.map((w) => [w.file, /line 3: malformed JSON/.test(w.reason)]), [[file, true]]);
});

test('RSS 2.0: items with title, link, date, and the longest HTML-stripped text', () => {
	const file = join(fixtures, 'middle-east.rss');
	const {reports, warnings} = ingestPath(file);
	assert.deepEqual(warnings, []);
	assert.deepEqual(reports.map((r) => [r.file, r.format, r.date]), [
		[`${file}#1`, 'feed', '2024-04-07'],
		[`${file}#2`, 'feed', '2024-04-08'],
	]);
	const [first, second] = reports;
	assert.equal(first!.title, 'Cairo talks resume as mediators press for a deal');
	assert.equal(first!.url, 'https://times.example.com/2024/04/07/cairo-talks');
	assert.equal(first!.outlet, 'Example Times - Middle East');
	assert.equal(first!.metadata.author, 'Omar Said');
	// content:encoded wins over the teaser; the figure caption is not text.
	assert.equal(first!.text, 'Negotiators resumed talks in Cairo on Sunday, with CIA Director William Burns joining Egyptian and Qatari mediators.\nEgypt said there had been “significant progress” on a ceasefire and hostage release.');
	assert.match(second!.text, /^Iran is proposing not to retaliate against Israel/);
	assert.doesNotMatch(second!.text, /<p>|&lt;/);
});

test('Atom: entries with the alternate link, published date, author; an entry without a date has none', () => {
	const file = join(fixtures, 'ukraine-talks.atom');
	const {reports, warnings} = ingestPath(file);
	assert.deepEqual(warnings, []);
	assert.equal(reports.length, 2);
	const [first, second] = reports;
	assert.equal(first!.file, `${file}#1`);
	assert.equal(first!.title, 'Istanbul talks focus on security guarantees');
	assert.equal(first!.url, 'https://review.example.com/istanbul-talks');
	assert.equal(first!.date, '2022-03-29');
	assert.equal(first!.outlet, 'Example Review');
	assert.equal(first!.metadata.author, 'Iryna Koval');
	assert.equal(first!.text.split('\n')[0], 'Ukrainian and Russian delegations met at Dolmabahce Palace in Istanbul, where Turkish President Recep Tayyip Erdogan acted as a mediator.');
	assert.equal(second!.date, undefined);
	assert.equal(second!.text, 'Negotiators said the next round could take place within two weeks.');
});

test('.txt: the text is cleaned and hashed; the map points into the file', () => {
	const file = join(fixtures, '..', 'corpus', 'dev', 'gc-10.txt');
	const report = onlyReport(file);
	const source = readFileSync(file, 'utf8');
	assert.equal(report.format, 'txt');
	assert.equal(report.sha256.length, 64);
	assert.ok(report.text.startsWith('New round of US-Taliban talks in Doha\nKabul: A new round of peace talks'));
	assert.deepEqual(assertVerbatimSegments(report, source), []);
});

test('.txt: a hard-wrapped text is joined into one line per paragraph; an unwrapped one keeps its lines', async () => {
	const {ingestFile} = await import('../../source/core/ingest/ingest-file.js');
	const wrapped = [
		'Egyptian and Qatari mediators hosted a new round of talks in Cairo on',
		'Sunday, aiming to close the remaining gaps on a ceasefire and hostage',
		'release deal between Israel and Hamas, officials said on Monday.',
		'',
		'CIA Director William Burns joined the meetings, a U.S. official said, as',
		'negotiators worked through the sequencing of a six-week first phase and',
		'the release of Palestinian prisoners held in Israeli jails, the official',
		'added, speaking on condition of anonymity to discuss the talks.',
	].join('\n');
	const report = ingestFile('wrapped.txt', Buffer.from(wrapped)).reports[0]!;
	assert.equal(report.text.split('\n').length, 2);
	assert.ok(report.text.startsWith('Egyptian and Qatari mediators hosted a new round of talks in Cairo on Sunday, aiming'));
	assert.deepEqual(assertVerbatimSegments(report, wrapped), []);
	const lines = 'Talks resumed in Doha on Sunday.\nHamas sent a delegation to Cairo.\nIsrael said it would send a team.';
	assert.equal(ingestFile('lines.txt', Buffer.from(lines)).reports[0]!.text, lines);
});

test('.md: a wrapped line starting with a year is not a list item; real list items are', async () => {
	const {readMarkdown} = await import('../../source/core/ingest/read-markdown.js');
	const md = 'Talks began in October\n2023. They resumed in Doha.\n\n1. hostages\n2. prisoners\n- aid\n\nA new paragraph\n3. continues here';
	assert.deepEqual(readMarkdown(md).body.text.split('\n'), ['Talks began in October 2023. They resumed in Doha.', 'hostages', 'prisoners', 'aid', 'A new paragraph 3. continues here']);
});
