import NIOCore
import ReinhardtHTTP

/// The channel side of a streamed request body: the handler yields chunks as they arrive, the view
/// consumes ``chunks``; when the view falls behind, reading from the socket pauses (backpressure).
struct RequestBodySource {
    typealias Strategy = NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark
    typealias Producer = NIOThrowingAsyncSequenceProducer<ByteBuffer, any Error, Strategy, Delegate>

    /// What the view reads.
    let chunks: Producer
    private let source: Producer.Source

    init(box: NIOLoopBound<ContextBox>, eventLoop: any EventLoop) {
        let made = Producer.makeSequence(
            backPressureStrategy: Strategy(lowWatermark: 2, highWatermark: 8),
            finishOnDeinit: false,
            delegate: Delegate(box: box, eventLoop: eventLoop)
        )
        chunks = made.sequence
        source = made.source
    }

    /// Hands a chunk to the view; `.stopProducing` means pause reading.
    func yield(_ buffer: ByteBuffer) -> Producer.Source.YieldResult { source.yield(buffer) }

    /// The body is complete.
    func finish() { source.finish() }

    /// The body cannot be completed (too large, or the client went away).
    func fail(_ error: any Error) { source.finish(error) }

    /// Resumes socket reads when the view wants more, or stops caring.
    struct Delegate: NIOAsyncSequenceProducerDelegate {
        let box: NIOLoopBound<ContextBox>
        let eventLoop: any EventLoop

        func produceMore() { resume() }
        func didTerminate() { resume() }

        private func resume() {
            let box = self.box
            eventLoop.execute { box.value.handler.resumeReading(context: box.value.context) }
        }
    }
}
