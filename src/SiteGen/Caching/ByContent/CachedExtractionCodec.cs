using SiteGen.Caching.Store;
using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// A <see cref="CachedExtraction"/> in the cache's binary form. Half of an events entry in JSON was each event's
/// sentence and the per-event repetition of the article id, actor ids and key words: the sentence is the span
/// <see cref="ArticleEvent.SentenceStart"/>..<see cref="ArticleEvent.SentenceEnd"/> of the article's
/// <paramref name="text"/> (the extraction is keyed by that text's hash), so only a flag is stored, and the string
/// table of <see cref="EntryWriter"/> keeps each repeated word once.
/// </summary>
public sealed class CachedExtractionCodec(string text) : ICacheCodec<CachedExtraction>
{
    public void Write(EntryWriter w, CachedExtraction value)
    {
        var extraction = value.Extraction;
        w.WriteStrings(value.ArticleId, value.ContentHash, extraction.ArticleId);
        w.WriteList(extraction.Events, WriteEvent);
        w.WriteList(extraction.Actors, static (w, a) =>
        {
            w.WriteStrings(a.Id, a.Name);
            w.WriteEnum(a.Kind);
            w.WriteInt(a.Mentions);
            w.WriteList(a.Aliases, static (w, alias) => w.WriteStrings(alias.Name, alias.Because));
            WriteWords(w, a.Roles);
            WriteWords(w, a.ArticleIds);
        });
    }

    public CachedExtraction Read(EntryReader r)
    {
        var articleId = r.ReadString();
        var contentHash = r.ReadString();
        var extraction = new ArticleExtraction(r.ReadString(), r.ReadList(ReadEvent),
            r.ReadList(static r => new Actor(r.ReadSharedString(), r.ReadSharedString(), r.ReadEnum<ActorKind>())
            {
                Mentions = r.ReadInt(),
                Aliases = r.ReadList(static r => new ActorAlias(r.ReadSharedString(), r.ReadSharedString())),
                Roles = ReadWords(r),
                ArticleIds = ReadWords(r),
            }));
        return new CachedExtraction(articleId, contentHash, extraction);
    }

    private void WriteEvent(EntryWriter w, ExtractedEvent value)
    {
        var e = value.Event;
        w.WriteStrings(e.ArticleId, e.Date, e.Text, e.ItemId);
        w.WriteEnum(e.Precision);
        w.WriteEnum(e.Mod);
        w.WriteBool(e.IsHeadline);
        w.WriteBool(e.Estimated);
        w.WriteBool(e.Planned);
        w.WriteRange(e.SentenceStart, e.SentenceEnd);
        w.WriteRange(e.TimexStart, e.TimexEnd);
        WriteWords(w, e.ActorIds);
        w.WriteSpanText(value.Sentence, text, e.SentenceStart, e.SentenceEnd);
        // A body event's actors are those of its context, the same list: stored and read back once.
        var sameActors = value.ContextActors.SequenceEqual(e.ActorIds, StringComparer.Ordinal);
        w.WriteBool(sameActors);
        if (!sameActors) WriteWords(w, value.ContextActors);
        WriteWords(w, value.KeyWords);
        WriteWords(w, value.Predicates);
        w.WriteInt(value.Weekday is { } day ? (int)day : -1);
        // A week expression's window (ExtractedEvent.Window): its first day and its end, or -1 for none.
        w.WriteInt(value.Window is { } window ? window.Start.DayNumber : -1);
        if (value.Window is { } known)
        {
            w.WriteInt(known.End.DayNumber);
            w.WriteEnum(known.Precision);
        }
    }

    private ExtractedEvent ReadEvent(EntryReader r)
    {
        var (articleId, date, eventText, itemId) = (r.ReadString(), r.ReadSharedString(), r.ReadString(), r.ReadNullableString());
        var (precision, mod) = (r.ReadEnum<DatePrecision>(), r.ReadEnum<TimexMod>());
        var (isHeadline, estimated, planned) = (r.ReadBool(), r.ReadBool(), r.ReadBool());
        var (sentenceStart, sentenceEnd) = r.ReadRange();
        var (timexStart, timexEnd) = r.ReadRange();
        var actors = ReadWords(r);
        var e = new ArticleEvent(articleId, isHeadline, date, precision, mod, estimated, planned, eventText,
            sentenceStart, sentenceEnd, timexStart, timexEnd, actors) { ItemId = itemId };
        var sentence = r.ReadSpanText(text, sentenceStart, sentenceEnd);
        var extracted = new ExtractedEvent(e, sentence, r.ReadBool() ? actors : ReadWords(r), ReadWords(r)) { Predicates = ReadWords(r) };
        if (r.ReadInt() is >= 0 and var day) extracted = extracted with { Weekday = (DayOfWeek)day };
        if (r.ReadInt() is >= 0 and var start)
            extracted = extracted with { Window = new TimexPeriod(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(r.ReadInt()), r.ReadEnum<DatePrecision>()) };
        return extracted;
    }

    private static void WriteWords(EntryWriter w, IReadOnlyList<string> words) => w.WriteList(words, static (w, s) => w.WriteString(s));

    private static string[] ReadWords(EntryReader r) => r.ReadList(static r => r.ReadSharedString());
}
