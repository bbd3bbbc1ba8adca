namespace SiteGen.Temporal.Text;

/// <summary>Finds the sentence around a span by binary search; a span between sentences gets a present-tense stand-in.</summary>
public sealed class SentenceLocator(IReadOnlyList<Sentence> sentences)
{
    public Sentence Find(int start, int end)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = sentences[mid];
            if (start >= s.End) lo = mid + 1;
            else if (start < s.Start) hi = mid - 1;
            else return s;
        }
        return new Sentence(start, end, Tense.Present);
    }
}
