using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Temporal;
using SiteGen.Temporal.Rules;

namespace SiteGen.Benchmarks;

/// <summary>Writes one jsonl line per article in the shape score.py reads (headline.date is the document date for now).</summary>
public static class JsonlExtractor
{
    public static void Write(IEnumerable<string> files, TextWriter output)
    {
        var tagger = TemporalTagger.Create("nl");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var analysis = tagger.Analyze(text, null);
            var timex = new JsonArray();
            foreach (var m in analysis.Matches)
                timex.Add(new JsonObject
                {
                    ["start"] = m.Start, ["end"] = m.End, ["text"] = m.Text,
                    ["type"] = m.Type.ToString().ToUpperInvariant(), ["value"] = m.Value, ["mod"] = ModNames.Format(m.Mod),
                });
            var dct = analysis.DocumentDate;
            var row = new JsonObject
            {
                ["id"] = Path.GetFileNameWithoutExtension(file),
                ["dct"] = dct is null ? null : new JsonObject { ["value"] = dct.Value, ["estimated"] = dct.Estimated, ["source"] = dct.Source },
                ["timex"] = timex,
                ["headline"] = new JsonObject { ["date"] = dct?.Value, ["text"] = null },
            };
            output.WriteLine(row.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
    }
}
