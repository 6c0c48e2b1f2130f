using static PiiAnalyzers.Tests.Analyzers.ThirdPartyVerifier;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// PII0005 on language models: a prompt built from a customer's record is sent to the model's company, also when a helper
/// method builds or sends it (stand-ins with the real metadata names of OpenAI, Azure.AI.OpenAI, Microsoft.Extensions.AI
/// and Semantic Kernel).
/// </summary>
public class ThirdPartyAITests
{
    private const string Phone = "Customer.Phone (contact.phone)";
    private const string Name = "Customer.Name (profile.name)";
    private const string OpenAI = "OpenAI API (OpenAI, L.L.C., US)";

    [Fact]
    public async Task OpenAI_PromptsBuiltFromACustomer_AreSent_DirectlyAndThroughHelpers()
    {
        await VerifyAsync("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            public class SupportReplies
            {
                private readonly ChatClient _chat;

                public SupportReplies(ChatClient chat) => _chat = chat;

                public async Task Run(Customer customer, string question)
                {
                    _chat.CompleteChat({|#0:new UserChatMessage($"Answer {customer.Name}: {question}")|});
                    _chat.CompleteChat(new SystemChatMessage("Be brief."), {|#1:ChatMessage.CreateUserMessage(customer.Phone)|});
                    await _chat.CompleteChatAsync({|#2:new ChatMessage[] { new UserChatMessage(BuildPrompt(customer)) }|});
                    await Ask({|#3:"Where does " + customer.Name + " live?"|});
                }

                private static string BuildPrompt(Customer customer) => $"Write to {customer.Phone} about the order";

                private Task Ask(string prompt) => _chat.CompleteChatAsync(new[] { new UserChatMessage(prompt) });
            }
            """,
            Sent(0, Name, OpenAI),
            Sent(1, Phone, OpenAI),
            Sent(2, Phone, OpenAI),
            Sent(3, Name, "SupportReplies.Ask(prompt) → " + OpenAI));
    }

    [Fact]
    public async Task OpenAIsChatClient_IsAzureOpenAI_WhenTheCompilationUsesAzureOpenAI()
    {
        var test = Create("""
            using OpenAI.Chat;

            public class SupportReplies
            {
                public void Run(ChatClient chat, Customer customer) => chat.CompleteChat({|#0:new UserChatMessage(customer.Phone)|});
            }
            """);
        test.TestState.AdditionalReferences.Add(ThirdPartyStandIns.AzureOpenAILibrary);
        await VerifyAsync(test, Sent(0, Phone, "Azure OpenAI Service (Microsoft Corporation, US)"));
    }

    [Fact]
    public async Task MicrosoftExtensionsAI_AndSemanticKernel_PromptsAndHistories_AreSent_AndAnyRecipientDeclaresThem()
    {
        await VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public class Assistant
            {
                public async System.Threading.Tasks.Task Run(IChatClient chat, Kernel kernel, IChatCompletionService completion, Customer customer)
                {
                    await chat.GetResponseAsync({|#0:$"Summarize the orders of {customer.Name}"|});
                    await chat.GetResponseAsync({|#1:new List<ChatMessage> { new ChatMessage(ChatRole.User, customer.Phone) }|});
                    await kernel.InvokePromptAsync("Greet {{$name}}", {|#2:new KernelArguments { ["name"] = customer.Name }|});

                    var history = new ChatHistory();
                    history.AddSystemMessage("You answer customers.");
                    history.AddUserMessage("My phone is " + customer.Phone);
                    await completion.GetChatMessageContentsAsync({|#3:history|});

                    // The provider is chosen at run time: a member with any [SharedWith] is declared.
                    await chat.GetResponseAsync($"Ship to {customer.Address}");
                }
            }
            """,
            Sent(0, Name, "Microsoft.Extensions.AI model (the provider configured at run time)"),
            Sent(1, Phone, "Microsoft.Extensions.AI model (the provider configured at run time)"),
            Sent(2, Name, "Semantic Kernel model (the provider configured at run time)"),
            Sent(3, Phone, "Semantic Kernel model (the provider configured at run time)"));
    }
}
