using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ShopSample.Customers;

namespace ShopSample.Support;

// Drafts an answer to a customer's question with a language model, which a support agent reviews before sending. The
// model sees the customer's nickname, which Customer.Nickname declares with [SharedWith] and the policy's sharing
// section names (智能客服服务提供者): the build has nothing to say about it.
public sealed class SupportReplies(IChatClient chat)
{
    public async Task<string> DraftAsync(Customer customer, string question, CancellationToken cancellationToken)
    {
        var response = await chat.GetResponseAsync($"你是禾木优选的客服。请称呼顾客为“{customer.Nickname ?? "您"}”，回答其问题：{question}", cancellationToken: cancellationToken);
        return response.Text;
    }
}

// The language model. The sample has none; a real shop configures its provider here and names it in the privacy policy.
public sealed class DevelopmentChatClient : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "（开发环境未配置客服模型）")));

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
