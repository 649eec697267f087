package dk.plenum.observer.internal;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Answers a SUBSCRIBE's {@code receipt} header, which the simple broker ignores, once the broker has
 * registered the subscription: a client that then reads the log misses nothing (docs/api.md). Public
 * because the benchmark's bare broadcast app answers receipts the same way: the load client waits for them.
 */
public final class SubscriptionReceipts implements ExecutorChannelInterceptor {

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
            Exception failure) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (failure == null && handler instanceof SimpleBrokerMessageHandler broker && stomp != null
                && stomp.getCommand() == StompCommand.SUBSCRIBE && stomp.getReceipt() != null) {
            StompHeaderAccessor receipt = StompHeaderAccessor.create(StompCommand.RECEIPT);
            receipt.setReceiptId(stomp.getReceipt());
            receipt.setSessionId(stomp.getSessionId());
            broker.getClientOutboundChannel()
                    .send(MessageBuilder.createMessage(new byte[0], receipt.getMessageHeaders()));
        }
    }
}
