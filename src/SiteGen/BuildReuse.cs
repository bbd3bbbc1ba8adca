using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.BySession;
using SiteGen.Caching.Store;
using SiteGen.Events;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Reuse;
using SiteGen.Timeline;
using SiteGen.Verification;
using SiteGen.Verification.Model;

namespace SiteGen;

/// <summary>
/// What one build reuses, stage by stage, each through <see cref="IReuse{TInput, TResult}"/>: nothing (no cache);
/// results of earlier builds by content hash from <c>.sitegen-cache/</c> (<paramref name="store"/>) and the pages of
/// the last published build (<paramref name="pages"/>); and within a `serve` session, what its last build made, by
/// object identity (<paramref name="session"/>). Only <see cref="SiteBuilder"/> makes one; stages see the seams.
/// </summary>
public sealed class BuildReuse(CacheStore? store, SessionMemory? session, PageMemo? pages, string language)
{
    public static BuildReuse None(string language) => new(null, null, null, language);

    public IReuse<ArticleFile, LoadedArticle> Articles()
    {
        var stored = store is null ? null : new StoredArticles(store, language);
        if (session is null) return (IReuse<ArticleFile, LoadedArticle>?)stored ?? NoReuse<ArticleFile, LoadedArticle>.Instance;
        session.Articles.Store = stored;
        return session.Articles;
    }

    public IReuse<ArticleRename, Article> Renames() => Kept(SessionMemories.Renames, session?.Renames);

    public IReuse<Article, ArticleExtraction> Extractions()
    {
        var stored = store is null ? null : new StoredExtractions(store, language);
        if (session is null || !session.Keeps(SessionMemories.Extractions))
            return (IReuse<Article, ArticleExtraction>?)stored ?? NoReuse<Article, ArticleExtraction>.Instance;
        session.Extractions.Store = stored;
        return session.Extractions;
    }

    public IReuse<ItemDraft, DraftedItem> Items() => Kept(SessionMemories.Items, session?.Items);

    /// <summary>Kept with the items: an item kept by the item memory keeps its remapped form too.</summary>
    public IReuse<ItemRemap, TimelineItem> Remaps() => Kept(SessionMemories.Items, session?.Remaps);

    public IReuse<EventTagging, IReadOnlyList<ArticleEvent>> Tags() => Kept(SessionMemories.Tags, session?.Tags);

    /// <summary>The page memory this build renders through (null: every page is rendered and none is recorded).</summary>
    public PageMemo? PageMemo => session is null ? pages : session.Keeps(SessionMemories.Pages) ? session.Pages : null;

    /// <summary>Whether renders are reused at all (then they are keyed by the render salt, <see cref="PageMemo.Salt"/>).</summary>
    public bool ReusesRenders => session is not null || pages is not null || store is not null;

    /// <summary>Whether the store holds anything from earlier builds (a cold build finds it empty or has none).</summary>
    public bool HasEarlierResults => store is not null && Directory.EnumerateFileSystemEntries(store.Root).Any();

    /// <summary>Bodies, entries and pages for a render with <paramref name="salt"/> (everything every page sees).</summary>
    public (IReuse<Article, MadeBody> Bodies, IReuse<EntryInputs, DatedEntry> Entries, IReuse<PageRequest, OutputFile?> Pages) Render(string salt)
    {
        var stored = store is null ? null : new StoredBodies(store, salt);
        IReuse<Article, MadeBody> bodies = (IReuse<Article, MadeBody>?)stored ?? NoReuse<Article, MadeBody>.Instance;
        IReuse<EntryInputs, DatedEntry> entries = NoReuse<EntryInputs, DatedEntry>.Instance;
        if (session is not null && session.Keeps(SessionMemories.Bodies))
        {
            session.Bodies.Begin(salt);
            session.Bodies.Store = stored;
            bodies = session.Bodies;
        }
        if (session is not null && session.Keeps(SessionMemories.Entries))
        {
            session.Entries.Begin(salt);
            entries = session.Entries;
        }
        PageMemo?.Begin(salt);
        return (bodies, entries, (IReuse<PageRequest, OutputFile?>?)PageMemo ?? NoReuse<PageRequest, OutputFile?>.Instance);
    }

    // A session memory when the session keeps it, else none.
    private IReuse<TInput, TResult> Kept<TInput, TResult>(SessionMemories memory, IReuse<TInput, TResult>? remembered) =>
        remembered is not null && session!.Keeps(memory) ? remembered : NoReuse<TInput, TResult>.Instance;

    public IReuse<PageCheck, PageVerdict> Verdicts() =>
        store is null ? NoReuse<PageCheck, PageVerdict>.Instance : new StoredVerdicts(store);
}
