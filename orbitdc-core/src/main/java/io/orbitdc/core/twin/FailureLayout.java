package io.orbitdc.core.twin;

/**
 * How a satellite's hardware is grouped for failures.
 *
 * @param acceleratorsPerHost accelerator units one host serves (≥ 1); a dead host without a spare takes them offline
 * @param acceleratorSpares   cold-spare accelerator units (≥ 0), switched in at once, not failing while cold
 * @param hostSpares          cold-spare hosts (≥ 0)
 * @param powerStrings        independent array strings / power channels (≥ 1); each failure removes 1/strings of array output
 */
public record FailureLayout(int acceleratorsPerHost, int acceleratorSpares, int hostSpares, int powerStrings) {
    public FailureLayout {
        InputRange.positive("accelerators per host", acceleratorsPerHost);
        InputRange.nonNegative("accelerator spares", acceleratorSpares);
        InputRange.nonNegative("host spares", hostSpares);
        InputRange.positive("power strings", powerStrings);
    }
}
