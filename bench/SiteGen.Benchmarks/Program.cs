using BenchmarkDotNet.Running;
using SiteGen.Benchmarks;

// `extract FILE...` writes the tagger's jsonl for score.py (a stand-in until `sitegen extract` lands);
// anything else runs the benchmarks.
if (args.Length > 0 && args[0] == "extract")
{
    JsonlExtractor.Write(args[1..], Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TaggerBenchmark).Assembly).Run(args);
