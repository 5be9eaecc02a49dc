package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExecutorDyadTest {
    @Test
    void oneDyadPerJvmAndSettings() {
        CoderSettings fast = new CoderSettings("fast", "combined");
        assertThat(ExecutorDyad.get(fast)).isSameAs(ExecutorDyad.get(new CoderSettings("fast", "combined")));
        assertThat(ExecutorDyad.get(new CoderSettings("fast", "dyad"))).isNotSameAs(ExecutorDyad.get(fast));
        assertThat(ExecutorDyad.get(fast).threads()).as("Spark's task slots are the parallelism").isEqualTo(1);
    }
}
