import {testTermCases} from './terms-context.js';

// Invented sentences, other wordings than the corpus: a durable end to the war and a text providing for one; people
// freed from prisons, clemency and pardons in a swap; monitoring, an embargo and an army taking over positions;
// reintegration and a single government; a side's priorities as its demands. Near misses after each.
testTermCases([
	['The readout said both leaders wanted to reach a durable end to the war in Gaza.', 'permanent-ceasefire', true],
	['The draft provides for an immediate truce and an end to the fighting within a month.', 'permanent-ceasefire', true],
	['"It is time for this war to end," the vice president said after the meeting.', 'permanent-ceasefire', true],
	['A deal to end the fighting has been delayed for months by two sticking points.', 'permanent-ceasefire', false],
	['The summit marked the end of the war of words between the two capitals.', 'permanent-ceasefire', false],

	['Under the agreement, Israel frees three Palestinian women or minors from its prisons for every hostage.', 'prisoner-release', true],
	['In return, Washington granted clemency to five Iranians convicted of sanctions violations.', 'prisoner-release', true],
	['The deal would see Kyiv commute the sentences of twelve collaborators in exchange for soldiers.', 'prisoner-release', true],
	['The talks opened as a storm freed the ship from the ice.', 'prisoner-release', false],

	['The ministers agreed to stronger monitoring of the truce by UN observers.', 'security-arrangements', true],
	['Participants committed to respect the UN arms embargo, the final declaration said.', 'security-arrangements', true],
	['Under the plan, the army would take over positions south of the river from the militia.', 'security-arrangements', true],
	['The negotiators agreed to take over the hotel for another round.', 'security-arrangements', false],

	['The talks focused on the reintegration of the region\'s residents into Azerbaijan.', 'governance', true],
	['The conference called for a single unified government and a return to the political process.', 'governance', true],
	['The delegations met in a single room for the talks.', 'governance', false],

	['The government\'s priorities remain reconstruction and the release of captives, the minister said.', 'reconstruction', true],
]);
