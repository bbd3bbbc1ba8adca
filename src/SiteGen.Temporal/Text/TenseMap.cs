using System.Text.RegularExpressions;
using SiteGen.Temporal.Rules;

namespace SiteGen.Temporal.Text;

/// <summary>
/// Where the language's tense cues occur, found sentence by sentence (sentences must be scanned in text order).
/// A clause with a future cue is future, else with a past cue past; a clause with neither takes its sentence's
/// tense, and a sentence with neither is present. Only sentences that hold an expression are scanned: tense
/// matters only there, and skipping the rest keeps tagging fast.
/// </summary>
public sealed class TenseMap(string text, CompiledLanguage language)
{
    private const int Future = 0, Past = 1, Break = 2;
    private readonly List<int>[] _positions = [[], [], []];
    private readonly List<int> _candidates = [];

    /// <summary>Finds the cues of one sentence and returns its tense.</summary>
    public Tense Scan(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (Dispatcher.IsTokenStart(text, i))
            {
                language.CueDispatcher.Candidates(text, i, _candidates);
                foreach (var cue in _candidates)
                    if (Matches(language.Cues[cue], i)) _positions[cue].Add(i);
            }
            i = CompiledLanguage.SkipToken(text, i);
        }
        return Of(start, end);
    }

    public Tense Of(int start, int end) =>
        Any(_positions[Future], start, end) ? Tense.Future : Any(_positions[Past], start, end) ? Tense.Past : Tense.Present;

    /// <summary>The tense of the clause around a span, falling back to its sentence.</summary>
    public Tense At(int start, int end, Sentence sentence)
    {
        var breaks = _positions[Break];
        var from = Math.Max(sentence.Start, Previous(breaks, start));
        var to = Math.Min(sentence.End, Next(breaks, end));
        if (Any(_positions[Future], from, to)) return Tense.Future;
        if (Any(_positions[Past], from, to)) return Tense.Past;
        return sentence.Tense == Tense.Unknown ? Tense.Present : sentence.Tense;
    }

    private bool Matches(Regex regex, int at)
    {
        try
        {
            return regex.Match(text, at).Success;
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a cue is a hint: one that times out is simply absent
        }
    }

    private static bool Any(List<int> positions, int start, int end)
    {
        var i = positions.BinarySearch(start);
        if (i < 0) i = ~i;
        return i < positions.Count && positions[i] < end;
    }

    private static int Previous(List<int> positions, int at)
    {
        var i = positions.BinarySearch(at);
        if (i < 0) i = ~i;
        return i > 0 ? positions[i - 1] : 0;
    }

    private static int Next(List<int> positions, int at)
    {
        var i = positions.BinarySearch(at);
        if (i < 0) i = ~i;
        return i < positions.Count ? positions[i] : int.MaxValue;
    }
}
