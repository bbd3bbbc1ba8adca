using SiteGen.Temporal;
using SiteGen.Temporal.Rules;

namespace SiteGen.Benchmarks;

/// <summary>Tags sentences against a document date and prints each expression: a quick look while writing rules.</summary>
public static class SentenceProbe
{
    public static void Run(TextWriter output, string dct, IEnumerable<string> sentences)
    {
        var tagger = TemporalTagger.Create("nl");
        foreach (var sentence in sentences)
        {
            var analysis = tagger.Analyze(sentence, dct == "-" ? null : new DocumentDate(dct, false, "probe"));
            output.WriteLine(sentence);
            foreach (var m in analysis.Matches)
                output.WriteLine($"    [{m.Text}] {m.Type.ToString().ToUpperInvariant()} {m.Value} {ModNames.Format(m.Mod)} ({m.Rule})");
            foreach (var p in analysis.Problems) output.WriteLine($"    problem [{p.Text}] {p.Message}");
        }
    }
}
