using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>Every `example:` line of the actor data files (Resources/nl/actors.*) runs through the finder.</summary>
public class ActorDataExamplesTests
{
    public static TheoryData<string> Examples() => [.. ActorData.Examples("nl").Select(e => e.ToString())];

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_actors_acting_in_an_example_are_the_ones_it_names(string example)
    {
        var e = ActorData.Examples("nl").Single(x => x.ToString() == example);
        var finder = new ActorFinder(ActorGazetteer.For("nl"), e.Text);
        // Tentative names (a run of capitals nothing confirms) wait for the site to confirm them: not counted here.
        Assert.Equal(e.ActorIds, finder.Acting(0, e.Text.Length, 2022).Where(id => finder.Lookup(id)?.Kind != ActorKind.Other));
    }

    [Fact]
    public void Every_data_file_has_examples()
    {
        var files = ActorData.Examples("nl").Select(e => e.File).ToHashSet();
        Assert.All(ActorData.Files.Where(f => f != "actors.roles.tsv"), f => Assert.Contains(f, files));
    }
}
