import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateEvidenceOf, dateOf, entitiesOf} from './entities-helper.js';

// Office holders of 2017-2025 beyond the Middle East (data/knowledge/people.json): a titled mention bounds the year of a
// yearless dateline (without a weekday the earliest year the office allows), a mediator's envoy is a mediator person of
// the right state or organisation and a side's negotiator is listed with that side, and a title the person no longer
// holds ("former", "the late", "slain") dates nothing. Invented sentences, with near misses.

const mediatorPeople = (text: string) =>
	entitiesOf(text)
		.mediators.filter((m) => m.type === 'person')
		.map((m) => `${m.name} (${m.country ?? '?'})`);
const negotiatorsOf = (text: string, party: string) => entitiesOf(text).parties.find((p) => p.name === party)?.negotiators ?? [];

test('Latin American heads of state and peace negotiators date a yearless dateline', () => {
	assert.equal(dateOf('BOGOTA, Aug 20 (Reuters) - Colombian President Gustavo Petro said the talks with the ELN would resume in Havana.'), '2022-08-20');
	assert.equal(dateOf('BOGOTA, Aug 20 (Reuters) - Colombian President Ivan Duque said the talks with the ELN would not resume.'), '2018-08-20');
	assert.equal(dateOf('CARACAS, March 10 (Reuters) - Venezuelan President Nicolas Maduro said his government was ready to resume talks with the opposition in Mexico City.'), '2014-03-10');
	assert.equal(dateOf('CARACAS, Oct 17 (Reuters) - National Assembly President Jorge Rodriguez said the government would return to the talks in Mexico City.'), '2021-10-17');
	assert.match(dateEvidenceOf('CARACAS, Oct 17 (Reuters) - National Assembly President Jorge Rodriguez said the government would return to the talks.'), /Jorge Rodríguez as National Assembly President/);
});

test('African leaders and ministers date a yearless dateline', () => {
	assert.equal(dateOf('KHARTOUM, Sept 3 (Reuters) - Sudanese Prime Minister Abdalla Hamdok met rebel leaders in Juba to push the peace talks.'), '2019-09-03');
	assert.equal(dateOf('JUBA, Nov 12 (Reuters) - South Sudan President Salva Kiir and First Vice President Riek Machar met in Juba.'), '2020-11-12');
	assert.equal(dateOf('MOGADISHU, July 9 (Reuters) - Somali President Mohamed Abdullahi Farmaajo said talks with Somaliland would go on.'), '2017-07-09');
	// Two terms as president; with Abiy (prime minister since 2018) only the second fits.
	assert.equal(
		dateOf('MOGADISHU, June 1 (Reuters) - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed met in Addis Ababa.'),
		'2022-06-01',
	);
	assert.equal(dateOf('KINSHASA, Feb 4 (Reuters) - Congolese President Felix Tshisekedi said talks with Rwanda would go on.'), '2019-02-04');
	assert.equal(dateOf('KIGALI, Feb 4 (Reuters) - Rwandan Foreign Minister Vincent Biruta said Kigali was ready for talks with Kinshasa.'), '2020-02-04');
	assert.equal(dateOf('KIGALI, July 1 (Reuters) - Rwandan Foreign Minister Olivier Nduhungirehe said Kigali backed the talks in Doha.'), '2024-07-01');
	assert.equal(dateOf('NAIROBI, Oct 2 (Reuters) - Kenyan President William Ruto hosted talks on the Congo crisis in Nairobi.'), '2022-10-02');
	assert.equal(dateOf('TRIPOLI, April 6 (Reuters) - Libyan Prime Minister Abdul Hamid Dbeibah said talks on elections must resume.'), '2021-04-06');
	assert.equal(dateOf('ADDIS ABABA, Nov 2 (Reuters) - Tigray interim President Getachew Reda said the Pretoria talks had to continue.'), '2023-11-02');
	assert.equal(dateOf('ADDIS ABABA, Feb 20 (Reuters) - AU Commission chairperson Moussa Faki Mahamat called for talks.'), '2018-02-20');
	assert.equal(dateOf('ADDIS ABABA, April 10 (Reuters) - AU Commission chairperson Mahmoud Ali Youssouf called for talks on Sudan.'), '2025-04-10');
});

test('Gulf, Yemeni and UN figures date a yearless dateline', () => {
	// Hadi was president until 2022; Griffiths was the UN's Yemen envoy from 2018 to 2021.
	assert.equal(dateOf('RIYADH, May 5 (Reuters) - Yemeni President Abd-Rabbu Mansour Hadi met UN envoy Martin Griffiths in Riyadh.'), '2018-05-05');
	assert.equal(dateOf('ADEN, Jan 10 (Reuters) - Presidential Leadership Council chairman Rashad al-Alimi said the government was ready for talks.'), '2023-01-10');
	assert.equal(dateOf('RIYADH, Oct 14 (Reuters) - Saudi Defence Minister Khalid bin Salman met the Houthi delegation in Riyadh.'), '2022-10-14');
	assert.equal(dateOf('ABU DHABI, Sept 9 (Reuters) - UAE President Mohamed bin Zayed hosted talks between Russia and Ukraine on a prisoner exchange.'), '2022-09-09');
	assert.equal(dateOf('TUNIS, Dec 5 (Reuters) - UN envoy Abdoulaye Bathily said the Libyan talks would go on.'), '2022-12-05');
	assert.equal(dateOf('TUNIS, March 2 (Reuters) - UN envoy Hanna Tetteh said Libyan rivals had agreed to more talks.'), '2025-03-02');
});

test('South Asian leaders, ministers and commanders date a yearless dateline', () => {
	assert.equal(dateOf('DOHA, Jan 9 (Reuters) - Afghan President Ashraf Ghani spoke with U.S. Special Representative Zalmay Khalilzad about the talks.'), '2019-01-09');
	assert.equal(dateOf('ISLAMABAD, June 2 (Reuters) - Pakistani Prime Minister Imran Khan said Islamabad backed the talks in Doha.'), '2019-06-02');
	// Sharif's first term ran to August 2023 and his second from March 2024: September falls in the first.
	assert.equal(dateOf('ISLAMABAD, Sept 1 (Reuters) - Pakistani Prime Minister Shehbaz Sharif said Islamabad wanted talks with Kabul.'), '2022-09-01');
	assert.equal(dateOf("ISLAMABAD, June 2 (Reuters) - Pakistan's Foreign Minister Ishaq Dar said Islamabad was ready for talks with India."), '2024-06-02');
	assert.equal(dateOf('RAWALPINDI, June 10 (Reuters) - Field Marshal Asim Munir said the ceasefire with India would hold.'), '2025-06-10');
	assert.equal(
		dateOf('NEW DELHI, March 3 (Reuters) - Indian External Affairs Minister Subrahmanyam Jaishankar said there was no room for mediation with Pakistan.'),
		'2020-03-03',
	);
});

test('Ukrainian, Iranian, Israeli and Chinese office holders date a yearless dateline', () => {
	assert.equal(dateOf('KYIV, March 3 (Reuters) - Ukrainian Defence Minister Oleksii Reznikov said talks with Russia were not on the table.'), '2022-03-03');
	assert.equal(dateOf('KYIV, Aug 20 (Reuters) - Ukrainian Security Council Secretary Rustem Umerov said a new round of talks was planned.'), '2025-08-20');
	assert.equal(dateOf('KYIV, Oct 3 (Reuters) - Ukrainian Foreign Minister Andrii Sybiha said talks with Russia needed a ceasefire first.'), '2024-10-03');
	assert.equal(dateOf("KYIV, May 5 (Reuters) - Zelensky's chief of staff Andriy Yermak said the new cabinet would be named within days."), '2020-05-05');
	// Talks with Russia that Zelensky's side holds make Ukraine a party, and the war's start bounds the year.
	assert.equal(dateOf("KYIV, May 5 (Reuters) - Zelensky's chief of staff Andriy Yermak said talks with Russia were frozen."), '2022-05-05');
	assert.equal(dateOf('TEHRAN, June 5 (Reuters) - Iranian President Ebrahim Raisi said talks in Vienna would go on.'), '2022-06-05');
	assert.equal(dateOf('TEHRAN, Sept 9 (Reuters) - Supreme National Security Council secretary Ali Larijani said Iran was open to talks.'), '2025-09-09');
	assert.equal(dateOf('JERUSALEM, Dec 5 (Reuters) - Israeli Foreign Minister Gideon Saar said talks in Cairo would go on.'), '2024-12-05');
	assert.equal(dateOf('BEIJING, Feb 20 (Reuters) - Chinese Foreign Minister Qin Gang said Beijing backed peace talks.'), '2023-02-20');
});

test("the whole title written picks among one person's offices that share a head word", () => {
	// Katz was foreign minister in 2019-2020 and 2024, defence minister from November 2024.
	assert.equal(dateOf('JERUSALEM, Dec 5 (Reuters) - Israeli Defence Minister Israel Katz said talks in Doha would go on.'), '2024-12-05');
	assert.equal(dateOf('JERUSALEM, Dec 5 (Reuters) - Israeli Foreign Minister Israel Katz said talks in Cairo would go on.'), '2019-12-05');
	// Bagheri Kani was deputy foreign minister from 2021 and acting foreign minister in the summer of 2024.
	assert.equal(dateOf('TEHRAN, June 1 (Reuters) - Acting Foreign Minister Ali Bagheri Kani said talks with Washington were not ruled out.'), '2024-06-01');
	assert.equal(dateOf('TEHRAN, June 1 (Reuters) - Deputy Foreign Minister Ali Bagheri Kani said talks in Vienna would resume.'), '2022-06-01');
});

test("a mediator's envoy is a mediator person of the mediating state or organisation", () => {
	assert.ok(
		mediatorPeople('Qatar hosted talks between Congo and the M23 in Doha. Qatari envoy Mutlaq al-Qahtani met both delegations.').includes('Mutlaq al-Qahtani (Qatar)'),
	);
	assert.ok(mediatorPeople('UN envoy Abdoulaye Bathily met rival Libyan delegations in Tunis to mediate talks on an election law.').includes('Abdoulaye Bathily (United Nations)'));
	assert.ok(
		mediatorPeople('UN Special Coordinator Jeanine Hennis-Plasschaert met Lebanese officials in Beirut to mediate between Israel and Hezbollah.').includes(
			'Jeanine Hennis-Plasschaert (United Nations)',
		),
	);
	assert.ok(mediatorPeople('Kenyan President William Ruto hosted talks between Congo and the M23 in Nairobi.').includes('William Ruto (Kenya)'));
	assert.ok(
		mediatorPeople('AU Commission chairperson Moussa Faki Mahamat met the Ethiopian and TPLF delegations in Pretoria to mediate the talks.').includes(
			'Moussa Faki Mahamat (African Union)',
		),
	);
});

test("a side's negotiators are listed with that side", () => {
	const colombia = 'Colombia and the ELN resumed talks in Havana on Monday. The government delegation was led by Otty Patiño and included Vera Grabe.';
	assert.deepEqual(negotiatorsOf(colombia, 'Colombia'), ['Otty Patiño', 'Vera Grabe']);
	const eln = 'Colombia and the ELN resumed talks in Caracas on Monday, with Norway and Cuba as guarantors. The ELN delegation was led by Pablo Beltrán.';
	assert.deepEqual(negotiatorsOf(eln, 'ELN'), ['Pablo Beltrán']);
	assert.deepEqual(negotiatorsOf(eln, 'Colombia'), []);
	const houthis = 'The Yemeni government and the Houthis met in Muscat for talks mediated by Oman; the Houthi delegation was headed by Mohammed Abdulsalam.';
	assert.deepEqual(negotiatorsOf(houthis, 'Houthis'), ['Mohammed Abdulsalam']);
	assert.ok(!mediatorPeople(houthis).includes('Mohammed Abdulsalam (Houthis)'));
	const saudi = 'Saudi and Houthi negotiators met in Sanaa. Saudi ambassador Mohammed Al Jaber led the Saudi delegation in the talks with the Houthis.';
	assert.deepEqual(negotiatorsOf(saudi, 'Saudi Arabia'), ['Mohammed Al Jaber']);
	const afghan = 'The Afghan government and the Taliban resumed talks in Doha. The Afghan delegation was led by Masoom Stanekzai.';
	assert.deepEqual(negotiatorsOf(afghan, 'Afghanistan'), ['Masoom Stanekzai']);
	const istanbul =
		'Russian and Ukrainian delegations met in Istanbul for talks. The Ukrainian delegation was led by Defence Minister Rustem Umerov and the Russian delegation by Vladimir Medinsky.';
	assert.deepEqual(negotiatorsOf(istanbul, 'Ukraine'), ['Rustem Umerov']);
	assert.deepEqual(negotiatorsOf(istanbul, 'Russia'), ['Vladimir Medinsky']);
	const iran = 'Iran and the United States held indirect talks in Muscat mediated by Oman. The Iranian delegation was led by Deputy Foreign Minister Ali Bagheri Kani.';
	assert.deepEqual(negotiatorsOf(iran, 'Iran'), ['Ali Bagheri Kani']);
	// A US envoy in US-Iran talks is the American side's, not a mediator.
	const hook = 'US and Iranian negotiators met in Vienna. US Special Representative for Iran Brian Hook said no deal was near.';
	assert.deepEqual(negotiatorsOf(hook, 'United States'), ['Brian Hook']);
	assert.deepEqual(mediatorPeople(hook), []);
});

test('near misses: a title no longer held, or a name without a title, dates nothing', () => {
	assert.equal(dateOf('BOGOTA, Aug 20 (Reuters) - Former Colombian President Ivan Duque criticised the talks with the ELN in Havana.'), null);
	assert.equal(dateOf('NAIROBI, Oct 2 (Reuters) - Ethiopian and Tigrayan commanders met for talks with former Kenyan President Uhuru Kenyatta.'), null);
	assert.equal(dateOf('TEHRAN, June 5 (Reuters) - The late Iranian President Ebrahim Raisi had backed the talks in Vienna.'), null);
	assert.equal(dateOf('WASHINGTON, Feb 4 (Reuters) - Ex-Secretary of State Mike Pompeo criticised the talks in Doha with the Taliban.'), null);
	// The office held earlier says nothing of a report after the killing either way: the killing dates it.
	assert.doesNotMatch(
		dateEvidenceOf('BEIRUT, Oct 20 (Reuters) - Israel said the strike that killed Hamas political bureau chief Ismail Haniyeh had set back the talks.'),
		/as political bureau chief/,
	);
	// A bare name is no year clue.
	assert.equal(dateOf('BOGOTA, Aug 20 (Reuters) - Gustavo Petro said the talks with the ELN would resume in Havana.'), null);
	// "late Tuesday" is a time of day, not "the late President".
	assert.equal(dateOf('KABUL, Jan 9 (Reuters) - Talks went on late Tuesday, President Ashraf Ghani said.'), '2018-01-09');
	// The title still held in the same text keeps its clue.
	assert.match(dateEvidenceOf('GAZA, Jan 9 (Reuters) - Hamas chief Ismail Haniyeh said talks would go on.'), /Ismail Haniyeh as political bureau chief/);
});
