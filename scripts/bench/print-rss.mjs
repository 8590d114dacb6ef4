// Preloaded (node --import) into a measured process: prints its peak RSS and CPU time on exit.
process.on('exit', () => {
	const {maxRSS, userCPUTime, systemCPUTime} = process.resourceUsage();
	process.stderr.write(`\nparley-bench-max-rss-kb ${maxRSS}\nparley-bench-cpu-us ${userCPUTime + systemCPUTime}\n`);
});
