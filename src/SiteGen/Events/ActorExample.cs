namespace SiteGen.Events;

/// <summary>An `example:` line of an actor data file: the actors that act in <see cref="Text"/>, in order of first mention.</summary>
public sealed record ActorExample(string File, int Line, string Text, IReadOnlyList<string> ActorIds)
{
    public override string ToString() => $"{File}:{Line} {Text}";
}
