using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

internal sealed partial class OperationBlockFlow
{
    /// <summary>Where an operation is in its block: the index of the block's operation it is in, then its place in the source.</summary>
    internal readonly struct Position
    {
        public static readonly Position End = new(int.MaxValue, int.MaxValue);

        private Position(int operationIndex, int end)
        {
            OperationIndex = operationIndex;
            EndInSource = end;
        }

        public int OperationIndex { get; }

        public int EndInSource { get; }

        public static Position Of(int operationIndex, IOperation operation) => new(operationIndex, operation.Syntax.Span.End);

        /// <summary>
        /// Whether a write here has happened by the time of a read at <paramref name="other"/>: an earlier operation of the
        /// block, or, in the same one, a write that ends before the read's syntax does (<c>s = s + x</c> reads first).
        /// </summary>
        public bool IsBefore(Position other) =>
            OperationIndex < other.OperationIndex || (OperationIndex == other.OperationIndex && EndInSource < other.EndInSource);
    }
}
