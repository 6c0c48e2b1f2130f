using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>A read of a local in one of the graphs.</summary>
internal sealed class LocalRead
{
    public LocalRead(ILocalSymbol local, ControlFlowGraph graph, int block, OperationBlockFlow.Position position)
    {
        Local = local;
        Graph = graph;
        Block = block;
        Position = position;
    }

    public ILocalSymbol Local { get; }

    public ControlFlowGraph Graph { get; }

    public int Block { get; }

    public OperationBlockFlow.Position Position { get; }
}

/// <summary>
/// A write to a local: the values it puts there, whether it replaces what was there, and where it happens. A write to a
/// member of the object the local holds (<c>request.Body = …</c>) adds to what the local carries, naming the member. A
/// deconstruction whose element the graph cannot pick out (<c>var (user, token) = await SignInAsync()</c>) gives the
/// whole value with the element's path in it.
/// </summary>
internal sealed class LocalDefinition
{
    public LocalDefinition(
        ILocalSymbol local,
        ImmutableArray<IOperation> values,
        bool kills,
        bool asText,
        ControlFlowGraph graph,
        int block,
        OperationBlockFlow.Position position,
        ISymbol? writtenMember = null,
        ImmutableArray<int> element = default)
    {
        WrittenMember = writtenMember;
        Element = element.IsDefault ? ImmutableArray<int>.Empty : element;
        Local = local;
        Values = values;
        Kills = kills;
        AsText = asText;
        Graph = graph;
        Block = block;
        Position = position;
    }

    public ILocalSymbol Local { get; }

    /// <summary>The values written; operations of <see cref="Graph"/>.</summary>
    public ImmutableArray<IOperation> Values { get; }

    public bool Kills { get; }

    /// <summary>The field or property of the local's object the values are written to; null when they are the local's own.</summary>
    public ISymbol? WrittenMember { get; }

    /// <summary>
    /// The element of the values' tuple the local is given, outermost first (<c>[1, 0]</c> is <c>b</c> of
    /// <c>var (a, (b, c)) = M()</c>); empty when it is given the values themselves.
    /// </summary>
    public ImmutableArray<int> Element { get; }

    /// <summary>Whether the values are appended as text (<c>StringBuilder.Append</c>).</summary>
    public bool AsText { get; }

    public ControlFlowGraph Graph { get; }

    public int Block { get; }

    public OperationBlockFlow.Position Position { get; }
}
