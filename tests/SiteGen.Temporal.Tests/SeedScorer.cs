using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Temporal.Rules;

namespace SiteGen.Temporal.Tests;

/// <summary>
/// A port of <c>score.py</c> (timex overlap P/R/F1, value accuracy, document-date accuracy) over the tagger's
/// own output, so the seed score is asserted without Python. Offsets stay UTF-16 on both sides.
/// </summary>
public static class SeedScorer
{
    public sealed record Score(int Gold, int System, int TruePositives, int ValueCorrect, int DctCorrect, int Articles, List<string> Log)
    {
        public double Precision => System == 0 ? 0 : (double)TruePositives / System;
        public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double ValueAccuracy => TruePositives == 0 ? 0 : (double)ValueCorrect / TruePositives;
        public double Dct => Articles == 0 ? 0 : (double)DctCorrect / Articles;
        public override string ToString() =>
            $"P={Precision:F3} R={Recall:F3} F1={F1:F3} value={ValueAccuracy:F3} dct={Dct:F3}\n{string.Join('\n', Log)}";
    }

    private static readonly HashSet<string> Scored = ["DATE", "TIME"];

    public static Score Run(string goldPath, string textsDir, TemporalTagger tagger)
    {
        int gold = 0, system = 0, tp = 0, value = 0, dct = 0, articles = 0;
        var log = new List<string>();
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var g = doc.RootElement;
            var id = g.GetProperty("id").GetString()!;
            var text = File.ReadAllText(Path.Combine(textsDir, id + ".txt"));
            var analysis = tagger.Analyze(text, null);
            articles++;
            var goldX = new List<((int, int) Span, string Type, string Value, string? Mod, string? FromDct, string Text)>();
            foreach (var x in g.GetProperty("timex").EnumerateArray())
            {
                var t = x.GetProperty("text").GetString()!;
                var occurrence = x.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
                var span = FindSpan(text, t, occurrence) ?? throw new InvalidOperationException($"gold text '{t}' not in {id}");
                goldX.Add((span, x.GetProperty("type").GetString()!, x.GetProperty("value").GetString()!,
                    Str(x, "mod"), Str(x, "value_from_dct"), t));
            }
            var sysX = analysis.Matches.Where(m => Scored.Contains(TypeName(m.Type))).ToList();
            var ignored = new HashSet<int>();
            for (var j = 0; j < sysX.Count; j++)
                foreach (var gx in goldX)
                    if (!Scored.Contains(gx.Type) && Overlap(gx.Span, (sysX[j].Start, sysX[j].End)) > 0) ignored.Add(j);
            var goldS = goldX.Where(x => Scored.Contains(x.Type)).ToList();
            var pairs = new List<(int Overlap, int I, int J)>();
            for (var i = 0; i < goldS.Count; i++)
                for (var j = 0; j < sysX.Count; j++)
                {
                    var ov = Overlap(goldS[i].Span, (sysX[j].Start, sysX[j].End));
                    if (!ignored.Contains(j) && ov > 0) pairs.Add((ov, i, j));
                }
            pairs.Sort((a, b) => b.CompareTo(a));
            var usedG = new HashSet<int>();
            var usedS = new HashSet<int>();
            foreach (var (_, i, j) in pairs)
            {
                if (usedG.Contains(i) || usedS.Contains(j)) continue;
                usedG.Add(i);
                usedS.Add(j);
                var (gx, s) = (goldS[i], sysX[j]);
                var ok = (s.Value == gx.Value && ModNames.Format(s.Mod) == gx.Mod) || (gx.FromDct is not null && s.Value == gx.FromDct);
                if (ok) value++;
                else log.Add($"{id} value {gx.Text} gold={gx.Value} {gx.Mod} sys={s.Value} {s.Mod}");
            }
            for (var i = 0; i < goldS.Count; i++) if (!usedG.Contains(i)) log.Add($"{id} missed {goldS[i].Text}");
            for (var j = 0; j < sysX.Count; j++) if (!usedS.Contains(j) && !ignored.Contains(j)) log.Add($"{id} extra {sysX[j].Text}");
            gold += goldS.Count;
            system += sysX.Count - ignored.Count;
            tp += usedG.Count;
            var found = analysis.DocumentDate?.Value;
            var goldDct = g.GetProperty("dct_gold").GetString()!;
            var given = Str(g, "dct_given");
            var dctOk = given is not null
                ? Consistent(found, goldDct) && found!.Length >= Math.Min((given.Length < goldDct.Length ? given : goldDct).Length, 10)
                : Consistent(found, goldDct);
            if (dctOk) dct++;
            else log.Add($"{id} dct gold={goldDct} given={given} sys={found}");
        }
        return new Score(gold, system, tp, value, dct, articles, log);
    }

    public static string TypeName(TimexType type) => type.ToString().ToUpperInvariant();

    /// <summary>score.py's rule: the system value is the gold value or a coarser prefix of it.</summary>
    public static bool Consistent(string? system, string gold) =>
        !string.IsNullOrEmpty(system) && gold.StartsWith(system, StringComparison.Ordinal)
        && (system.Length == gold.Length || gold[system.Length] is '-' or 'T');

    /// <summary>gold_spans.py: the Nth whole-word occurrence (a letter may not touch a letter, a digit not a digit).</summary>
    public static (int, int)? FindSpan(string text, string expr, int occurrence)
    {
        static string? Edge(char c) => char.IsLetter(c) ? @"[^\W\d_]" : char.IsDigit(c) ? @"\d" : null;
        var left = Edge(expr[0]);
        var right = Edge(expr[^1]);
        var pattern = (left is null ? "" : $"(?<!{left})") + Regex.Escape(expr) + (right is null ? "" : $"(?!{right})");
        var starts = Regex.Matches(text, pattern).Select(m => m.Index).ToList();
        return starts.Count < occurrence ? null : (starts[occurrence - 1], starts[occurrence - 1] + expr.Length);
    }

    private static int Overlap((int Start, int End) a, (int Start, int End) b) =>
        Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
