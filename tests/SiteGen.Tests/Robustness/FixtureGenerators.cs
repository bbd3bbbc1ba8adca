using System.Text;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Inputs too large (or too odd) to commit, written into the fixture's input folder by the test that uses them.
/// Sizes are the ones the issue names; the fixture folder holds only the expected diagnostics.
/// </summary>
internal static class FixtureGenerators
{
    private const string Sentence = "Op 4 februari 2022 sprak de minister van Buitenlandse Zaken in Den Haag met zijn Belgische collega. ";

    public static void Generate(string fixture, string input)
    {
        switch (fixture)
        {
            case "large-single-line-5mb":
                Write(input, "vijf-megabyte.txt", Repeat(Sentence, 5 * 1024 * 1024));
                break;
            case "large-single-line-under-limit":
                Write(input, "anderhalve-megabyte.txt", "Een heel lange regel\n\n" + Repeat(Sentence, 1536 * 1024));
                break;
            case "repeated-date-words-100k":
                Write(input, "maandag.txt", "Honderdduizend keer maandag\n\n" + string.Concat(Enumerable.Repeat("maandag ", 100_000)).TrimEnd() + ".\n");
                break;
            case "markdown-nested-10000":
                const int depth = 10_000;
                Write(input, "citaten.md", "---\ntitle: Diep geneste citaten\ndate: 2022-02-04\n---\n\n" + new string('>', depth) + " Op 4 februari 2022 diep.\n");
                Write(input, "lijsten.md", "---\ntitle: Diep geneste lijst\ndate: 2022-02-04\n---\n\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "Op 4 februari 2022 diep.\n");
                Write(input, "haken.md", "---\ntitle: Diep geneste haken\ndate: 2022-02-04\n---\n\n" + new string('[', depth) + "Op 4 februari 2022 diep." + new string(']', depth) + "(x)\n");
                Write(input, "nadruk.md", "---\ntitle: Diep geneste nadruk\ndate: 2022-02-04\n---\n\n" + new string('*', depth) + "Op 4 februari 2022 diep." + new string('*', depth) + "\n");
                Write(input, "html.md", "---\ntitle: Diep geneste HTML\ndate: 2022-02-04\n---\n\n" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Op 4 februari 2022 diep." + string.Concat(Enumerable.Repeat("</div>", depth)) + "\n");
                break;
        }
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length);
        while (sb.Length + unit.Length <= length) sb.Append(unit);
        return sb.ToString().TrimEnd() + "\n";
    }

    private static void Write(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text, FixtureSite.Utf8);
    }
}
