import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf} from './entities-helper.js';

// Invented sentences from several negotiations: a side's delegation list says whose people are named in it, the
// order in which the text names a mediating state's people does not decide which of them count, and a capitalised
// title run into an unknown name ("Army Secretary Dan Driscoll") is split from it.

const mediatorPeople = (text: string) =>
	entitiesOf(text)
		.mediators.filter((m) => m.type === 'person')
		.map((m) => `${m.name} (${m.country ?? '?'})`);
const negotiatorsOf = (text: string, party: string) => entitiesOf(text).parties.find((p) => p.name === party)?.negotiators ?? [];

test("a mediating state's people count whichever the text names first", () => {
	const text =
		'Ukrainian and American officials held talks in Geneva on Sunday on the peace plan. The American side was represented by Secretary of State Marco Rubio, Special Envoy Steve Witkoff and Army Secretary Dan Driscoll.';
	assert.deepEqual(mediatorPeople(text), ['Marco Rubio (United States)', 'Steve Witkoff (United States)', 'Dan Driscoll (United States)']);
});

test('a capitalised title before an unknown name is a title, not part of the name', () => {
	const text = 'Sudan\'s army and the RSF resumed talks in Jeddah, mediated by Saudi Arabia, and Saudi Deputy Foreign Minister Waleed Elkhereiji met both delegations.';
	assert.ok(mediatorPeople(text).includes('Waleed Elkhereiji (Saudi Arabia)'), mediatorPeople(text).join(', '));
	// Near miss: an agency's name that opens with a rank-like word is no person.
	const agency = "Hamas's delegation met officials from Egypt's General Intelligence Directorate in Cairo to discuss the truce.";
	assert.deepEqual(mediatorPeople(agency), []);
});

test("the people of a side's delegation list are that side's negotiators", () => {
	const text =
		'Armenia and Azerbaijan resumed talks in Abu Dhabi on Thursday. The Armenian delegation was led by Foreign Minister Ararat Mirzoyan and included Deputy Prime Minister Mher Grigoryan and adviser Armen Ghazaryan.';
	const negotiators = negotiatorsOf(text, 'Armenia');
	assert.ok(negotiators.includes('Mher Grigoryan'), negotiators.join(', '));
	// Near miss: a list after a clause break is not the delegation's.
	const broken =
		'Armenia and Azerbaijan resumed talks in Abu Dhabi on Thursday. The Armenian delegation was led by Foreign Minister Ararat Mirzoyan; observers included Deputy Director Liam Porter.';
	assert.ok(!negotiatorsOf(broken, 'Armenia').includes('Liam Porter'));
});

test('a witness to the signing and a minister whose ministry ran the talks act in them', () => {
	const witnessed =
		"Congo's and Rwanda's foreign ministers signed the declaration in Washington on Friday in front of US Secretary of State Marco Rubio, who called it a pivotal moment for the talks.";
	assert.ok(mediatorPeople(witnessed).includes('Marco Rubio (United States)'), mediatorPeople(witnessed).join(', '));
	const ran = "Russia and Ukraine agreed a prisoner swap in Istanbul, mediated by Turkey. Turkish Defence Minister Hulusi Akar, whose ministry ran the military talks, said both sides had kept their word.";
	assert.ok(mediatorPeople(ran).includes('Hulusi Akar (Turkey)'), mediatorPeople(ran).join(', '));
	// Near miss: the people signing in front of the witness are not made witnesses by it.
	assert.ok(!mediatorPeople(witnessed).some((p) => p.startsWith('Olivier Nduhungirehe')));
});

test('a known surname that is the first name of a longer name is not its bearer', () => {
	const text =
		'The army and the opposition initialled the accord in Khartoum, mediated by the African Union and Ethiopia: opposition representative Ahmed al-Rabie signed in the presence of Ethiopian envoy Mahmoud Dirir.';
	assert.ok(!mediatorPeople(text).some((p) => p.startsWith('Abiy Ahmed')), mediatorPeople(text).join(', '));
});

test('leaders who sign beside the sides, a call with a mediator, and keeping the channels open are acts', () => {
	const beside =
		'Leaders gathered in Sharm el-Sheikh for the signing of the Gaza ceasefire agreement between Israel and Hamas, mediated by Egypt, Qatar and Turkey. Emir Tamim bin Hamad Al Thani of Qatar and President Recep Tayyip Erdogan of Turkey signed beside them.';
	const people = mediatorPeople(beside);
	assert.ok(people.includes('Recep Tayyip Erdogan (Turkey)'), people.join(', '));
	const call =
		'Israel and Hamas resumed indirect talks in Doha, mediated by Qatar and the United States. US Secretary of State Antony Blinken spoke by phone with the Qatari prime minister about the truce.';
	assert.ok(mediatorPeople(call).includes('Antony Blinken (United States)'), mediatorPeople(call).join(', '));
	const channels =
		'Hamas froze the talks with Israel mediated by Qatar and Egypt. Qatari Prime Minister Mohammed bin Abdulrahman Al Thani would keep his channels open, a source said.';
	assert.ok(mediatorPeople(channels).includes('Mohammed bin Abdulrahman Al Thani (Qatar)'), mediatorPeople(channels).join(', '));
	// Near miss: a leader who only comments by phone to the press is no act.
	const comment = 'Israel and Hamas resumed indirect talks in Doha, mediated by Qatar. Erdogan told reporters the talks would fail.';
	assert.ok(!mediatorPeople(comment).some((p) => p.startsWith('Recep Tayyip Erdogan')), mediatorPeople(comment).join(', '));
});

test('a title ending in its portfolio ("for African Affairs") is not part of the name after it', () => {
	const text = 'Saudi Arabia and the United States mediated the talks in Jeddah between the army and the RSF. The American team was led by Assistant Secretary of State for African Affairs Molly Phee.';
	assert.ok(mediatorPeople(text).includes('Molly Phee (United States)'));
	assert.ok(!mediatorPeople(text).some((m) => m.startsWith('African Affairs')));
	// Near miss: a two-word name alone after the portfolio is not cut ("Foreign Affairs" names nobody).
	assert.ok(!mediatorPeople('Mediators met in Jeddah with the Ministry of Foreign Affairs.').some((m) => m.includes('Affairs')));
});
