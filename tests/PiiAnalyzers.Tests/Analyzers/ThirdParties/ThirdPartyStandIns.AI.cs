namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>Stand-ins for the AI libraries of the third-party catalog: OpenAI, Microsoft.Extensions.AI, Semantic Kernel.</summary>
internal static partial class ThirdPartyStandIns
{
    public const string AI = """
        #nullable disable
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace OpenAI
        {
            public class OpenAIClient
            {
                public virtual Chat.ChatClient GetChatClient(string model) => null;
            }
        }

        namespace OpenAI.Chat
        {
            public class ChatCompletion { }
            public class ChatCompletionOptions { }
            public abstract class ChatMessage
            {
                public static UserChatMessage CreateUserMessage(string content) => null;
                public static SystemChatMessage CreateSystemMessage(string content) => null;
            }
            public class UserChatMessage : ChatMessage
            {
                public UserChatMessage(string content) { }
            }
            public class SystemChatMessage : ChatMessage
            {
                public SystemChatMessage(string content) { }
            }
            public class ChatClient
            {
                public virtual ChatCompletion CompleteChat(params ChatMessage[] messages) => null;
                public virtual Task<ChatCompletion> CompleteChatAsync(IEnumerable<ChatMessage> messages, ChatCompletionOptions options = null, CancellationToken cancellationToken = default) => null;
            }
        }

        namespace Microsoft.Extensions.AI
        {
            public readonly struct ChatRole
            {
                public static ChatRole User => default;
                public static ChatRole System => default;
            }
            public class ChatMessage
            {
                public ChatMessage(ChatRole role, string content) { }
            }
            public class ChatOptions { }
            public class ChatResponse { }
            public interface IChatClient
            {
                Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions options = null, CancellationToken cancellationToken = default);
            }
            public static class ChatClientExtensions
            {
                public static Task<ChatResponse> GetResponseAsync(this IChatClient client, string chatMessage, ChatOptions options = null, CancellationToken cancellationToken = default) => null;
            }
            public class Embedding<T> { }
            public interface IEmbeddingGenerator<TInput, TEmbedding>
            {
                Task<IList<TEmbedding>> GenerateAsync(IEnumerable<TInput> values, object options = null, CancellationToken cancellationToken = default);
            }
        }

        namespace Microsoft.SemanticKernel
        {
            public class Kernel { }
            public class KernelArguments : Dictionary<string, object> { }
            public class FunctionResult { }
            public class PromptExecutionSettings { }
            public static class KernelExtensions
            {
                public static Task<FunctionResult> InvokePromptAsync(this Kernel kernel, string promptTemplate, KernelArguments arguments = null, CancellationToken cancellationToken = default) => null;
            }
        }

        namespace Microsoft.SemanticKernel.ChatCompletion
        {
            public class ChatMessageContent { }
            public class ChatHistory : List<ChatMessageContent>
            {
                public void AddSystemMessage(string content) { }
                public void AddUserMessage(string content) { }
            }
            public interface IChatCompletionService
            {
                Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings executionSettings = null, Kernel kernel = null, CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>Azure.AI.OpenAI 2.x: a client that hands out OpenAI's own <c>ChatClient</c>.</summary>
    public const string AzureOpenAI = """
        #nullable disable
        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                public AzureOpenAIClient(System.Uri endpoint, object credential) { }
            }
        }
        """;
}
