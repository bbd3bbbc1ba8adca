using SiteGen.Caching.ByContent;
using SiteGen.Rendering.Models;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A page key covers every field of the page's model, entries included: equal models give equal keys whatever
/// objects they are built from, and a change to any field of one entry changes the key.
/// </summary>
public sealed class PageKeyTests
{
    private static readonly PageMeta Meta = new("Titel", "Beschrijving", "/repo/actoren/x/", "/repo/actoren/x/", "profile", "actor");

    private static EntryModel Entry(string text = "De raad besluit.", string url = "/repo/artikelen/a/#z-0", string actorKey = "raad") =>
        new("e-2023-03-03-raad", "3 maart 2023", "2023-03-03", false, false, text, url,
            [new LinkModel("Artikel A", url)], [new LinkModel("De raad", "/repo/actoren/raad/")])
        {
            Value = "2023-03-03",
            ActorKeys = [new FacetValue(actorKey, "De raad")],
        };

    private static string Key(params EntryModel[] entries) =>
        PageKey.Of("actor.sbn", Meta, new ActorPageModel("De raad", "organisatie")
        {
            TimelineUrl = "/repo/?actor=raad",
            ActorUrl = "/repo/actoren/raad/",
            Periods = [new ActorPeriodModel("2023", "p-2023", entries.Length, null, entries)],
        })!;

    [Fact]
    public void Equal_models_built_from_different_objects_have_equal_keys_and_an_entry_shown_twice_counts_twice()
    {
        var entry = Entry();
        Assert.Equal(Key(entry, Entry("Tweede.")), Key(Entry(), Entry("Tweede.")));
        Assert.Equal(Key(entry), Key(entry));
        Assert.NotEqual(Key(entry), Key(entry, entry));
    }

    [Fact]
    public void A_change_to_any_field_of_an_entry_changes_the_key()
    {
        var entry = Entry();
        var key = Key(entry);
        Assert.NotEqual(key, Key(Entry(text: "De raad besluit anders.")));
        Assert.NotEqual(key, Key(Entry(url: "/repo/artikelen/a/#z-12")));
        Assert.NotEqual(key, Key(Entry(actorKey: "gemeenteraad")));
        Assert.NotEqual(key, Key(entry with { Planned = true }));
        Assert.NotEqual(key, Key(entry with { SourceKeys = [new FacetValue("nos", "NOS")] }));
        Assert.Equal(key, Key(entry));
    }
}
