using SiteGen.Caching.Store;
using SiteGen.Reuse;
using SiteGen.Verification;
using SiteGen.Verification.Model;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// Verdicts of pages verified before, by the page's bytes, path and base URL: a rebuild parses only the pages whose
/// bytes changed (whole-site link and anchor checks still run anew over every page's verdict).
/// </summary>
public sealed class StoredVerdicts(CacheStore store) : IReuse<PageCheck, PageVerdict>
{
    private const string Kind = "pages";

    private int _hits;

    /// <summary>Pages whose verdict was taken from the store since this object was made.</summary>
    public int Hits => _hits;

    public PageVerdict GetOrMake(PageCheck page, Func<PageCheck, PageVerdict> make)
    {
        var key = CacheStore.Key(Kind, page.Path, page.BaseUrl, page.Hash);
        if (store.TryRead(Kind, key, PageVerdictCodec.Instance) is { } hit)
        {
            Interlocked.Increment(ref _hits);
            return hit;
        }
        var verdict = make(page);
        store.Write(Kind, key, verdict, PageVerdictCodec.Instance);
        return verdict;
    }

    public void Commit() => store.Commit(Kind);
}
