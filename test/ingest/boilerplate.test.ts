import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {cleanText} from '../../source/core/ingest/clean-text.js';
import {identityText} from '../../source/core/ingest/offset-map.js';
import {assertVerbatimSegments, dev, onlyReport, seed} from './ingest-helpers.js';

test('seed 000: the garbled restatement of the opening is collapsed; the new facts after it stay', () => {
	const file = seed('000_3caa1f5bb4914834.txt');
	const source = readFileSync(file, 'utf8');
	const report = onlyReport(file);
	// The paraphrased copies of the opening sentences are gone...
	assert.ok(source.includes('According to estimates, Iran won’t try to sabotage the ongoing Doha cease-fire talks'));
	assert.ok(!report.text.includes('According to estimates, Iran won’t try to sabotage'));
	assert.ok(!report.text.includes('It is unclear how long Iran and its proxies may delay these technical discussions'));
	assert.ok(!report.text.includes('Additionally, a French official said to CBS News'));
	// ...the originals are kept, and so is what only the second half says.
	assert.ok(report.text.startsWith('U.S. assessments are that Iran will not seek to disrupt ongoing cease-fire negotiations in Doha'));
	assert.ok(report.text.includes('A French official also told CBS News'));
	assert.ok(report.text.includes('NSC Director Brett McGurk was in Cairo early this week and thereafter traveled to Doha'));
	assert.ok(report.text.includes('Burns oversaw negotiations in Doha between Egypt’s intelligence chief Abbas Kamel'));
	// Split abbreviations are repaired.
	assert.ok(!/\bU\. [sS]\./.test(report.text));
	assert.ok(report.text.includes('With the U.S. Serving as a mediator'));
	assert.ok(report.text.length < source.length - 500);
	assert.deepEqual(assertVerbatimSegments(report, source), []);
});

test('seed 003: the paywall, donation prompt and duplicated photo caption are gone; the article stays', () => {
	const report = onlyReport(seed('003_f0dc7ca7b5065f38.txt'));
	for (const junk of ['You have read', 'Register to receive', 'Just before you scroll', 'readers like you', 'donating today', 'Topics', 'Comments', 'loyal JNS Reader', 'Never miss a thing', 'breaking news updates', 'Photo by Oliver Contreras', 'Oct. 3, 2023', 'newsU.S. News']) {
		assert.ok(!report.text.includes(junk), `"${junk}" should be gone`);
	}
	assert.ok(report.text.startsWith('No impact of Hezbollah attacks on ‘constructive’ ceasefire talks, White House says'));
	assert.ok(report.text.endsWith('“It’s not something we take lightly. We look at it every day,” Kirby said. “It’s a dynamic situation. We have to treat it like that.”'));
	assert.ok(report.text.includes('Negotiations are ongoing in Cairo to reach a ceasefire-for-hostages deal with Hamas'));
});

test('seed 004: the painting caption, credit line and book promotions are gone; the repeated title appears once', () => {
	const report = onlyReport(seed('004_a00d6840f899b137.txt'));
	for (const junk of ['"The Fates" by Francisco de Goya', 'Edited by Sam Thielman', 'WALLER VS. WILDSTORM', 'hardcover', 'REIGN OF TERROR']) {
		assert.ok(!report.text.includes(junk), `"${junk}" should be gone`);
	}
	assert.equal(report.text.split('Time To Seize An Iranian Ceasefire Opportunity').length - 1, 1);
	assert.ok(report.text.includes('the ceasefire negotiations that resumed on Sunday in Cairo'));
	assert.ok(report.text.includes("Let's hope that this time, in Cairo, a breakthrough finally emerges."));
});

test('dev files: a crawl-date banner and breadcrumb, a captioned photo with its credit, a lone Arabic line', () => {
	const gb02 = onlyReport(dev('gb-02.txt'));
	assert.ok(!gb02.text.includes('November 22, 2024'));
	assert.ok(!gb02.text.includes('HomeWorld'));
	assert.ok(gb02.text.startsWith('Hamas delegation leaves for Cairo for meeting with Egyptian intelligence, but will not attend ceasefire talks'));
	const gb03 = onlyReport(dev('gb-03.txt'));
	assert.ok(!gb03.text.includes('Photograph: David Lombeida/Bloomberg'));
	assert.ok(!gb03.text.includes('A protester during a demonstration in Tel Aviv'));
	const gb06 = onlyReport(dev('gb-06.txt'));
	assert.ok(!gb06.text.includes('Pezeshkian meets with Hamas leader Khaled Mashal'));
	assert.ok(!gb06.text.includes('via Reuters'));
	assert.ok(!gb06.text.includes('see our recent report here'));
	assert.ok(gb06.text.includes('Hamas demands a permanent cease-fire and complete withdrawal'));
	const gc05 = onlyReport(dev('gc-05.txt'));
	assert.ok(!gc05.text.includes('اضافة اعلان'));
	assert.equal(gc05.text.split('\n').length, 6);
});

test('contributor lines and ordinary prose are kept', () => {
	const cnn = onlyReport(seed('001_7b953a664569be56.txt'));
	assert.ok(cnn.text.endsWith('CNN’s Lauren Izso, Alex Marquardt and Mostafa Salem contributed reporting.'));
	const source = readFileSync(seed('001_7b953a664569be56.txt'), 'utf8');
	assert.equal(cnn.text, source.trim());
	const kann = onlyReport(seed('002_54758514a3fb46c7.txt'));
	assert.ok(kann.text.endsWith('* Kann News contributed to this report.'));
});

test('general patterns, not fitted sentences: other outlets’ furniture is removed', () => {
	const page = [
		'Skip to main content',
		'Gaza talks resume in Doha as mediators push for a deal',
		'By Jane Doe',
		'Advertisement',
		'Qatari and Egyptian mediators met Israeli and Hamas negotiators in Doha on Thursday, officials said, as pressure grew for a ceasefire and hostage release deal.',
		'Israeli Prime Minister Benjamin Netanyahu speaks in Jerusalem, May 2, 2023. (AP Photo/Ohad Zwigenberg)',
		'Share this article',
		'Facebook Twitter WhatsApp Email',
		'The talks focused on the sequencing of releases and on the Philadelphi corridor, where Israel wants to keep troops, according to two people briefed on the meetings.',
		'READ MORE: What is the Philadelphi corridor?',
		'إعلان',
		'Sign up for our Middle East newsletter and get our best reporting delivered to your inbox every week.',
		'© 2024 Example Media Group. All rights reserved.',
	].join('\n');
	const {cleaned} = cleanText(identityText(page));
	assert.equal(
		cleaned.text,
		[
			'Gaza talks resume in Doha as mediators push for a deal',
			'Qatari and Egyptian mediators met Israeli and Hamas negotiators in Doha on Thursday, officials said, as pressure grew for a ceasefire and hostage release deal.',
			'The talks focused on the sequencing of releases and on the Philadelphi corridor, where Israel wants to keep troops, according to two people briefed on the meetings.',
		].join('\n'),
	);
});

test('exact and near-exact repeated paragraphs collapse to the first copy', () => {
	const para = 'Negotiators from Israel and Hamas resumed indirect talks in Cairo on Sunday under Egyptian and Qatari mediation, officials said.';
	const text = [para, 'A second, different paragraph about the talks in Doha and the hostages still held in Gaza.', para.toUpperCase(), para.replace('officials said', 'two officials said')].join('\n\n');
	const {cleaned} = cleanText(identityText(text));
	assert.deepEqual(cleaned.text.split('\n'), [para, 'A second, different paragraph about the talks in Doha and the hostages still held in Gaza.']);
});

test('prose that merely mentions cue words is kept; an agency sign-off is dropped without taking the paragraph before it', () => {
	const page = [
		'Hamas said on Telegram that it would not register its fighters with the new authority, and posted updates on Facebook and YouTube about the talks in Cairo.',
		'The mediators said the donation of fuel to Gaza hospitals was part of the humanitarian terms under discussion.',
		'“We are close,” the Egyptian official said of the talks in Cairo.',
		'Reuters',
	].join('\n');
	const {cleaned} = cleanText(identityText(page));
	assert.equal(cleaned.text, page.split('\n').slice(0, 3).join('\n'));
});

test('furniture from other outlets: NYT-style credits, Al Jazeera lists, agency captions, app prompts', () => {
	const page = [
		'Supported by',
		'Share full article',
		'Listen to this article · 6:12 min',
		'Mediators in Doha presented a revised proposal to Israel and Hamas on Thursday, according to two officials briefed on the talks.',
		'Palestinians inspect the rubble of a house in Khan Younis. Credit...Haitham Imad/EPA, via Shutterstock',
		'Israeli troops operate near the border fence, January 1, 2024. (Chaim Goldberg/Flash90)',
		'list of 4 items',
		'end of list',
		'The officials said the proposal addressed the sequencing of hostage and prisoner releases.',
		'Recommended Stories',
		'Subscribe to our YouTube channel for the latest videos.',
		'We use cookies to improve your experience.',
	].join('\n');
	const {cleaned} = cleanText(identityText(page));
	assert.deepEqual(cleaned.text.split('\n'), [
		'Mediators in Doha presented a revised proposal to Israel and Hamas on Thursday, according to two officials briefed on the talks.',
		'The officials said the proposal addressed the sequencing of hostage and prisoner releases.',
	]);
});

test('bylines, tag lists, share prompts and abbreviated date banners go; prose starting with "By" stays', () => {
	const page = [
		'Fri, Nov 22, 2024',
		'Hamas delegation heads to Cairo',
		'By Nidal al-Mughrabi, Reuters',
		'By Sunday, the delegation had met Egyptian intelligence officials twice, a Hamas official said.',
		'Click to share on WhatsApp (Opens in new window)',
		'Tags: Gaza, Hamas, Egypt',
	].join('\n');
	const {cleaned} = cleanText(identityText(page));
	assert.deepEqual(cleaned.text.split('\n'), ['Hamas delegation heads to Cairo', 'By Sunday, the delegation had met Egyptian intelligence officials twice, a Hamas official said.']);
});
