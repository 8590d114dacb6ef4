import assert from 'node:assert/strict';
import {test} from 'node:test';
import {obstacleKindsOf, testObstacleCases} from './terms-context.js';

// Fifth batch of obstacle phrasing families (after the heldout8 misses): "the war will go on
// until X is destroyed"; judged "by what they do, not what they say", signed commitments not
// carried out; "will not disarm", "until the group is disarmed"; "hard to talk while the shelling
// goes on", nobody can sign "as long as the town is being bombed"; partners "on the far right";
// which body distributes aid; a pullback "to the lines held before". Invented sentences on other
// negotiations, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// end-of-war-dispute: the war goes on until the enemy is destroyed
	["The defence minister said the campaign will go on until the rebel army is defeated.", ['end-of-war-dispute']],
	["The general said the fighting will stop only once the militia has been destroyed.", ['end-of-war-dispute']],
	["The talks will go on until the text is finalised, a mediator said.", []],
	// guarantees-dispute: deeds, not words; commitments not carried out
	["The ministry said it would judge the rebels by what they do, not by what they say.", ['guarantees-dispute']],
	["The rebel negotiator said many accords were signed and too few have been carried out.", ['guarantees-dispute']],
	["The coach said trust is built with results on the pitch.", ['guarantees-dispute']],
	["The company said most of the orders have been carried out on time.", []],
	// disarmament-dispute: a refusal to disarm, disarmament as a precondition
	["The militia's leaders said they will not disarm while foreign troops remain in the province.", ['disarmament-dispute']],
	["The government said there would be no reconstruction funds until the militia is disarmed.", ['disarmament-dispute']],
	["The police said they would disarm the bomb before noon.", []],
	// military-operations: cannot negotiate while the shelling goes on
	["A rebel envoy said it was very hard to negotiate while the shelling of the city goes on.", ['military-operations']],
	["An official warned that as long as the valley is being bombed, nobody in the movement can sign anything.", ['military-operations']],
	["The envoys said they would talk while the storm passed.", []],
	["As long as the bridge is being repaired, traffic will be diverted.", []],
	// domestic-politics: partners on the far right
	["The prime minister's partners on the far right have vowed to oppose any deal with the rebels.", ['domestic-politics']],
	["The party's members on the right side of the hall applauded.", []],
	// humanitarian-access: which body distributes aid
	["The rebels want distribution to be handed to the United Nations, which the army rejects.", ['humanitarian-access']],
	["Distribution of the newspaper is handled by the post office.", []],
	// withdrawal-dispute: pull back to the lines held before
	["The rebels want the army to withdraw to the lines it held before the offensive began.", ['withdrawal-dispute']],
	["The tide will withdraw to the lines of rocks before dawn.", []],
];

testObstacleCases(CASES);

// A cue alternative the word gate cannot index ("(more )?([a-z]+ )?lives ... be lost") is scanned for only in
// sentences that contain its required word: any case and any whitespace still match.
test('an ungated cue alternative still fires in upper case and across irregular whitespace', () => {
	assert.deepEqual(obstacleKindsOf('The commander warned that MORE CIVILIAN LIVES WOULD BE  LOST if the mediators ignored the talks deadline.'), ['escalation']);
	assert.deepEqual(obstacleKindsOf('The commander said more civilian lives would be spared if the mediators met the talks deadline.'), []);
});
