using System.Reflection;
using System.Text.RegularExpressions;
using SiteGen.Articles;
using SiteGen.Loading;
using SiteGen.Rendering.Pages;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

public class PublisherNamesTests
{
    private static readonly PublisherNames Names = new("nl");

    /// <summary>Every "# example: input -> outlet" line of outlets.tsv: an address or a byline.</summary>
    public static TheoryData<string, string> Examples()
    {
        using var stream = typeof(PublisherNames).Assembly.GetManifestResourceStream("SiteGen.Resources/nl/outlets.tsv")!;
        var data = new TheoryData<string, string>();
        foreach (Match m in Regex.Matches(new StreamReader(stream).ReadToEnd(), @"(?m)^# example: (.+?) -> (.+)$"))
            data.Add(m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim());
        Assert.NotEmpty(data);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_examples_of_the_data_file_hold(string input, string outlet)
    {
        var found = input.StartsWith("http", StringComparison.Ordinal)
            ? Names.FromUrl(input)
            : Names.FromByline(input.Split(':', 2)[1]);
        Assert.Equal(outlet, found);
    }

    [Fact]
    public void Front_matter_source_wins_then_the_byline_then_the_address()
    {
        Article With(FrontMatter meta) => new ArticleBuilder("a", "Tekst.").Meta(meta).Build();

        Assert.Equal("De Krant", Names.Of(With(new FrontMatter(Source: "De Krant", Author: "NOS Webredactie", Url: "https://nos.nl/a"))));
        Assert.Equal("NOS", Names.Of(With(new FrontMatter(Author: "NOS Webredactie", Url: "https://www.nrc.nl/a"))));
        Assert.Equal("NRC", Names.Of(With(new FrontMatter(Author: "Jan Jansen", Url: "https://www.nrc.nl/nieuws/2022/02/04/x"))));
        Assert.Equal("example.org", Names.Of(With(new FrontMatter(Url: "https://www.example.org/nieuws"))));
        Assert.Null(Names.Of(With(new FrontMatter(Author: "Jan Jansen"))));
    }

    [Theory]
    [InlineData("Redactie Omroep West", "Omroep West")]
    [InlineData("Omroep West webredactie", "Omroep West")]
    [InlineData("Jan Jansen", null)]
    [InlineData("Door Jan Jansen", null)]
    [InlineData("Jan Jansen, NRC", "NRC")]
    public void A_byline_names_an_outlet_only_when_it_names_a_known_outlet_or_its_desk(string byline, string? outlet) =>
        Assert.Equal(outlet, Names.FromByline(byline));

    [Fact]
    public void An_address_on_a_subdomain_of_a_known_outlet_is_that_outlet_and_javascript_is_no_address()
    {
        Assert.Equal("NOS", Names.FromUrl("https://app.nos.nl/nieuws/x"));
        Assert.Null(Names.FromUrl("javascript:alert(1)"));
    }
}
