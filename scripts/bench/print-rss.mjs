// Preloaded (node --import) into a measured process: prints its peak RSS on exit.
process.on('exit', () => process.stderr.write(`\nparley-bench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
