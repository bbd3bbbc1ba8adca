using SiteGen.Temporal.Rules;

namespace SiteGen.Temporal.Text;

/// <summary>
/// The tense of sentences and clauses from the language's cues, worked out per sentence on first use: only
/// sentences whose expressions need a direction are ever scanned, which keeps tagging fast. A clause with a
/// future cue is future, else with a past cue past; a subordinate clause with neither is present, another clause
/// with neither takes its sentence's tense, and a sentence with neither is present. A word with a capital inside the
/// sentence is a name, never a tense cue.
/// </summary>
public sealed class TenseMap(string text, CompiledLanguage language, IReadOnlyList<(int Start, int End)> sentences)
{
    private const int Future = 0, Past = 1, Break = 2;
    private readonly List<int>[]?[] _cues = new List<int>[]?[sentences.Count];
    private readonly List<int> _candidates = [];

    /// <summary>The tense of sentence <paramref name="index"/>, or <see cref="Tense.Unknown"/> when it was never needed.</summary>
    public Tense IfKnown(int index) => _cues[index] is null ? Tense.Unknown : SentenceTense(index);

    public Tense SentenceTense(int index)
    {
        var cues = Cues(index);
        return cues[Future].Count > 0 ? Tense.Future : cues[Past].Count > 0 ? Tense.Past : Tense.Present;
    }

    /// <summary>The tense of the clause of sentence <paramref name="index"/> around a span, falling back to the sentence.</summary>
    public Tense At(int index, int start, int end)
    {
        var cues = Cues(index);
        var from = Previous(cues[Break], start);
        var to = Next(cues[Break], end);
        if (Any(cues[Future], from, to)) return Tense.Future;
        if (Any(cues[Past], from, to)) return Tense.Past;
        // A subordinate clause has a finite verb of its own, so one without a past or future form is in the present,
        // whatever tense the main clause is in: `De minister heeft gezegd dat ze de EU eind maart inlicht` is next
        // March. A clause after `en`, `maar` or a comma may have left its verb out (`stemde in maart en de Senaat in
        // juni`) and keeps the sentence's tense.
        if (from > sentences[index].Start && Subordinate(from)) return Tense.Present;
        return SentenceTense(index);
    }

    // `dat` and `die` between a preposition and a noun point at the noun (`in dat jaar`, `op die dag`): no clause
    // starts there. After a particle they open one when a subject follows (`kondigde aan dat ze …`).
    private bool Subordinate(int at)
    {
        var word = WordAt(at);
        if (!language.Subordinator.IsMatch(word)) return false;
        if (!(word.Equals("dat", StringComparison.OrdinalIgnoreCase) || word.Equals("die", StringComparison.OrdinalIgnoreCase))) return true;
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (!language.DeterminerPreposition.IsMatch(text.AsSpan(start, end - start))) return true;
        var next = at + word.Length;
        while (next < text.Length && text[next] == ' ') next++;
        var following = WordAt(next);
        return following.Length > 0 && (char.IsUpper(following[0]) || language.SubjectStart.IsMatch(following));
    }

    private ReadOnlySpan<char> WordAt(int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(at, end - at);
    }

    private List<int>[] Cues(int index)
    {
        if (_cues[index] is { } known) return known;
        var found = new List<int>[] { [], [], [] };
        var (start, end) = sentences[index];
        var i = start;
        while (i < end)
        {
            // punctuation right after a word is no token start, but a comma or colon there still ends a clause
            if (Dispatcher.IsTokenStart(text, i) || char.IsPunctuation(text[i]))
            {
                var bits = language.CueScanner.At(text, i, _candidates);
                // a capital inside a sentence starts a name (premier Schoof, Rutte), not a verb form
                if (i > start && char.IsUpper(text[i])) bits &= 1 << Break;
                // `een beleefde brief`, `de geplande sluiting`: a past form right after an article is an adjective
                else if ((bits & (1 << Past)) != 0 && AfterArticle(start, i)) bits &= ~(1 << Past);
                // `door zondag kampioen te worden`, `zonder te kunnen`: an infinitive after `te` has no tense of its own
                if ((bits & (1 << Future)) != 0 && AfterWord(start, i, "te")) bits &= ~(1 << Future);
                for (var cue = 0; cue < found.Length; cue++)
                    if ((bits & (1 << cue)) != 0) found[cue].Add(i);
            }
            i = CompiledLanguage.SkipToken(text, i);
        }
        return _cues[index] = found;
    }

    // The word before `at` is `een` or `de`; not `het`, which is as often the subject (`Het gebeurde op 4 februari`).
    private bool AfterArticle(int sentenceStart, int at) => AfterWord(sentenceStart, at, "een") || AfterWord(sentenceStart, at, "de");

    private bool AfterWord(int sentenceStart, int at, string word)
    {
        var end = at;
        while (end > sentenceStart && text[end - 1] == ' ') end--;
        var from = end;
        while (from > sentenceStart && char.IsLetter(text[from - 1])) from--;
        return end != at && from != end && text.AsSpan(from, end - from).Equals(word, StringComparison.OrdinalIgnoreCase);
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
        return i > 0 ? positions[i - 1] : int.MinValue;
    }

    private static int Next(List<int> positions, int at)
    {
        var i = positions.BinarySearch(at);
        if (i < 0) i = ~i;
        return i < positions.Count ? positions[i] : int.MaxValue;
    }
}
