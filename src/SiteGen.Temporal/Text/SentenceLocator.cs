namespace SiteGen.Temporal.Text;

/// <summary>Finds the sentence around an offset by binary search; -1 between sentences.</summary>
public sealed class SentenceLocator(IReadOnlyList<(int Start, int End)> sentences)
{
    public int Find(int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (start, end) = sentences[mid];
            if (offset >= end) lo = mid + 1;
            else if (offset < start) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
