import {Text} from 'ink';
import {segmentLine, wordHits} from '../layout/wrap-text.js';
import {hitStyle, useTheme} from '../theme.js';

/** A line of text with search hits (words) highlighted; other props style the rest. */
export function HighlightedLine({text, words, ...style}: {text: string; words: string[]} & React.ComponentProps<typeof Text>) {
	const theme = useTheme();
	if (words.length === 0) return <Text wrap="truncate" {...style}>{text}</Text>;
	const segments = segmentLine({text, start: 0}, wordHits(text, words));
	return (
		<Text wrap="truncate" {...style}>
			{segments.map((s, i) =>
				s.kind ? (
					<Text key={i} {...hitStyle(theme)}>
						{s.text}
					</Text>
				) : (
					s.text
				),
			)}
		</Text>
	);
}
