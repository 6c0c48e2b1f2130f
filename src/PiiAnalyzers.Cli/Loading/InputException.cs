using System;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>The user's input cannot be used: the message says why, and the command exits with code 2.</summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }
}
