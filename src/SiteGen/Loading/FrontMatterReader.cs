using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Loading;

/// <summary>
/// Reads YAML front matter fenced by <c>---</c> lines at the top of a Markdown file. Never throws: problems become
/// diagnostics at the real line and column in the file, and the body stays usable (bad fields are dropped,
/// an unterminated block makes the whole file body so nothing is lost).
/// </summary>
public sealed partial class FrontMatterReader
{
    // A front-matter block longer than this is not front matter but a runaway fence.
    private const int MaxLength = 64 * 1024;

    [GeneratedRegex(@"\A---[ \t]*(\r\n|\r|\n)")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"^(---|\.\.\.)[ \t]*$")]
    private static partial Regex ClosingFence();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex YamlPositionPrefix();

    public FrontMatterBlock Read(string text, string file, DiagnosticBag diagnostics)
    {
        var opening = OpeningFence().Match(text);
        if (!opening.Success) return FrontMatterBlock.None;

        var map = new LineMap(text);
        var yamlStart = opening.Length;
        var close = FindClosingFence(text, map, yamlStart);
        if (close is null)
        {
            diagnostics.Warning("SG0110", file, 1, 1,
                "Front matter opens with '---' on line 1 but is never closed (or runs past 64 KB); the whole file is read as body.",
                "Add a line with only '---' after the last front-matter field.");
            return FrontMatterBlock.None;
        }

        var (closeStart, bodyStart) = close.Value;
        var yaml = text[yamlStart..closeStart];
        var firstYamlLine = map.Position(yamlStart).Line;
        var root = Parse(yaml, file, firstYamlLine, diagnostics);
        if (root is null) return new FrontMatterBlock(FrontMatter.Empty, bodyStart, null);

        var fields = new FrontMatterFields(file, firstYamlLine, diagnostics);
        return fields.Read(root, bodyStart);
    }

    private static (int CloseStart, int BodyStart)? FindClosingFence(string text, LineMap map, int yamlStart)
    {
        for (var line = map.Position(yamlStart).Line; line <= map.LineCount; line++)
        {
            var start = map.LineStart(line);
            if (start - yamlStart > MaxLength) return null;
            var end = line < map.LineCount ? map.LineStart(line + 1) : text.Length;
            var content = text[start..end].TrimEnd('\r', '\n');
            if (ClosingFence().IsMatch(content)) return (start, end);
            if (line == map.LineCount) break;
        }
        return null;
    }

    private static YamlMappingNode? Parse(string yaml, string file, int firstYamlLine, DiagnosticBag diagnostics)
    {
        if (FrontMatterLimits.Check(yaml) is var (problem, problemLine, problemColumn))
        {
            diagnostics.Warning("SG0118", file, firstYamlLine + problemLine - 1, problemColumn,
                $"Front matter is too complex to read: {problem}; its fields are ignored.",
                "Write front matter as plain fields ('title: …', 'date: 2022-02-04', 'tags: [a, b]') without anchors, aliases or deep nesting.");
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            var root = stream.Documents[0].RootNode;
            if (root is YamlMappingNode mapping) return mapping;
            if (root is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
            diagnostics.Warning("SG0115", file, firstYamlLine + (int)root.Start.Line - 1, (int)root.Start.Column,
                "Front matter is not a list of 'key: value' fields; it is ignored.",
                "Write one field per line, e.g. 'title: Poetin bezoekt China' and 'date: 2024-05-16'.");
            return null;
        }
        catch (YamlException e)
        {
            var message = YamlPositionPrefix().Replace(e.Message, "");
            diagnostics.Warning("SG0111", file, firstYamlLine + (int)e.Start.Line - 1, (int)e.Start.Column,
                $"Front matter is not valid YAML ({message.TrimEnd('.')}); its fields are ignored.",
                "Write each field as 'key: value' on its own line, put quotes around values that contain ': ' or start with a quote, and list tags as [china, rusland].");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports a bracket left open at the end without a position; find where it was opened.
            var (line, column) = UnclosedBracket(yaml);
            diagnostics.Warning("SG0111", file, firstYamlLine + line - 1, column,
                "Front matter is not valid YAML (a '[' or '{' opened here is never closed); its fields are ignored.",
                "Close every '[' with ']' and every '{' with '}', or put quotes around a value that starts with one.");
            return null;
        }
        catch (ArgumentException e) when (e.Message.Contains("same key", StringComparison.Ordinal))
        {
            diagnostics.Warning("SG0111", file, firstYamlLine, 1,
                "Front matter is not valid YAML (a field is given twice); its fields are ignored.",
                "Give each field once, as 'key: value' on its own line.");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet refuses a tag that is no URI (`!![x](M`) with an ArgumentException, without a position.
            diagnostics.Warning("SG0111", file, firstYamlLine, 1,
                "Front matter is not valid YAML (a '!' starts a type tag that is not a valid name); its fields are ignored.",
                "Put quotes around a value that starts with '!', e.g. title: \"!Nieuw\".");
            return null;
        }
    }

    private static (int Line, int Column) UnclosedBracket(string yaml)
    {
        var open = new Stack<Mark>();
        var last = Mark.Empty;
        try
        {
            var scanner = new Scanner(new StringReader(yaml));
            while (scanner.MoveNext() && scanner.Current is { } token)
            {
                last = token.Start;
                if (token is YamlDotNet.Core.Tokens.FlowSequenceStart or YamlDotNet.Core.Tokens.FlowMappingStart) open.Push(token.Start);
                else if (token is YamlDotNet.Core.Tokens.FlowSequenceEnd or YamlDotNet.Core.Tokens.FlowMappingEnd && open.Count > 0) open.Pop();
            }
        }
        catch (YamlException e)
        {
            last = e.Start;
        }
        catch (InvalidOperationException)
        {
            // The scanner stops where the parser did; the marks gathered so far tell where.
        }
        var at = open.Count > 0 ? open.Peek() : last;
        return ((int)Math.Max(at.Line, 1), (int)Math.Max(at.Column, 1));
    }
}
