using BenchmarkDotNet.Running;
using SiteGen.Benchmarks;

// `extract FILE...` writes the tagger's jsonl for score.py (a stand-in until `sitegen extract` lands);
// `throughput [DIR]` prints MB per CPU-second (the benchmark corpus or a folder of articles); `breakdown [DIR]` splits it by stage; `probe DCT SENTENCE...` prints what each sentence yields; `oneline [MB]` times one long line; `memories DIR [EDITS] [Memory,...]` measures what each memory of a serve session saves; `dense [MB...]` gives CPU seconds per MB of loading and of the timeline for one dense article; `allocations DIR [N]` lists the types event extraction allocates; `merge DIR [N...]` gives the merge stage's CPU seconds per 1,000 articles on growing prefixes of DIR; `allocstacks TRACE [FILTER] [TOP] [--full]` lists where a traced command allocated; `cpustacks TRACE [FILTER] [TOP]` where it ran; `heapwalk DUMP [TOP]` what a heap dump holds live, by structure; anything else runs the benchmarks.
if (args.Length > 0 && args[0] == "extract")
{
    JsonlExtractor.Write(args[1..], Console.Out);
    return;
}
if (args.Length > 0 && args[0] == "throughput")
{
    ThroughputProbe.Run(Console.Out, args.Length > 1 ? args[1] : null);
    return;
}
if (args.Length > 1 && args[0] == "probe")
{
    SentenceProbe.Run(Console.Out, args[1], args[2..]);
    return;
}
if (args.Length > 0 && args[0] == "breakdown")
{
    BreakdownProbe.Run(Console.Out, args.Length > 1 ? args[1] : null);
    return;
}
if (args.Length > 0 && args[0] == "oneline")
{
    OneLineProbe.Run(Console.Out, args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2,
        args.Length > 2 ? args[2] : null);
    return;
}
if (args.Length > 1 && args[0] == "memories")
{
    MemoriesProbe.Run(Console.Out, args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5,
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../..")),
        args.Length > 3 ? [.. args[3].Split(',').Select(Enum.Parse<SiteGen.Caching.BySession.SessionMemories>)] : null);
    return;
}
if (args.Length > 0 && args[0] == "dense")
{
    DenseArticleProbe.Run(Console.Out, args.Length > 1
        ? [.. args[1..].Select(a => double.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1, 2, 4]);
    return;
}
if (args.Length > 1 && args[0] == "allocations")
{
    AllocationProbe.Run(Console.Out, args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500);
    return;
}
if (args.Length > 1 && args[0] == "allocstacks")
{
    var rest = args[2..].Where(a => a != "--full").ToArray();
    AllocationStacksProbe.Run(Console.Out, args[1], rest.Length > 0 ? rest[0] : "",
        rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 40, args.Contains("--full"));
    return;
}
if (args.Length > 1 && args[0] == "cpustacks")
{
    CpuStacksProbe.Run(Console.Out, args[1], args.Length > 2 ? args[2] : "",
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60);
    return;
}
if (args.Length > 1 && args[0] == "heapwalk")
{
    HeapWalkProbe.Run(Console.Out, args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return;
}
if (args.Length > 1 && args[0] == "verify")
{
    VerifyProbe.Run(Console.Out, args[1], args.Length > 2 ? args[2] : "/");
    return;
}
if (args.Length > 1 && args[0] == "merge")
{
    MergeProbe.Run(Console.Out, args[1], args.Length > 2
        ? [.. args[2..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1000, 2000, 5000, 10000]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TaggerBenchmark).Assembly).Run(args);
