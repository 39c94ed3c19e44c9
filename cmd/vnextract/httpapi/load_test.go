package httpapi

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var loadDuration = flag.Duration("load.duration", 3*time.Second, "how long each scenario of TestLoad sends requests")

// TestLoad is a bounded loopback load test: clients send the seed texts as
// single requests, then in batches, each scenario for -load.duration, and
// the throughputs are logged (run with -v). It fails on any error answer.
// "go test -short" skips it.
//
//	go test ./cmd/vnextract/httpapi -run Load -v [-load.duration 5s]
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: runs for several seconds")
	}
	_, srv := newServer(t, Options{})
	clients := 2 * runtime.GOMAXPROCS(0)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	defer client.CloseIdleConnections()

	paragraphs := seedParagraphs(t)
	files, err := filepath.Glob("../../../testdata/seeds/*.txt")
	require.NoError(t, err)
	var articles []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		articles = append(articles, string(b))
	}
	// Enough articles for batches of 25 that are not all the same five.
	for len(articles) < 50 {
		articles = append(articles, articles[:5]...)
	}
	t.Logf("%d clients on %d CPUs, %s per scenario", clients, runtime.GOMAXPROCS(0), *loadDuration)
	t.Logf("%-28s %9s %8s %9s %7s", "scenario", "docs/s", "MB/s", "requests", "×single")
	for _, set := range []struct {
		name  string
		texts []string
		sizes []int
	}{
		{"paragraphs", paragraphs, []int{1, 10, 100}},
		{"articles", articles, []int{1, 5, 25}},
	} {
		// The scenarios take turns, a third of their time at a go, so
		// that a change of the machine's load (other processes) falls on
		// all of them alike.
		const rounds = 3
		results := make([]loadResult, len(set.sizes))
		for range rounds {
			for i, size := range set.sizes {
				results[i].add(loadScenario(t, client, srv.URL, clients, set.texts, size, *loadDuration/rounds))
			}
		}
		for i, size := range set.sizes {
			r := results[i]
			name := set.name + ", single requests"
			if size > 1 {
				name = set.name + ", batches of " + strconv.Itoa(size)
			}
			t.Logf("%-28s %9.0f %8.2f %9d %6.2f×", name, r.docsPerSec(), r.bytes/r.elapsed.Seconds()/1e6, r.requests, r.docsPerSec()/results[0].docsPerSec())
			assert.Positive(t, r.docs, name)
		}
	}
}

type loadResult struct {
	docs, requests int64
	bytes          float64
	elapsed        time.Duration
}

func (r loadResult) docsPerSec() float64 { return float64(r.docs) / r.elapsed.Seconds() }

func (r *loadResult) add(o loadResult) {
	r.docs += o.docs
	r.requests += o.requests
	r.bytes += o.bytes
	r.elapsed += o.elapsed
}

// loadScenario has clients send texts, size documents per request (1: POST
// /v1/extract, more: POST /v1/extract/batch), until d has passed.
func loadScenario(t *testing.T, client *http.Client, base string, clients int, texts []string, size int, d time.Duration) loadResult {
	t.Helper()
	// The bodies are encoded beforehand, so that the clients spend their
	// time on HTTP, not on JSON.
	type body struct {
		json       []byte
		docs, size int // documents, bytes of text
	}
	var bodies []body
	for i := 0; i < len(texts); i += size {
		chunk := texts[i:min(i+size, len(texts))]
		b := body{docs: len(chunk)}
		var err error
		if size == 1 {
			b.json, err = json.Marshal(ExtractRequest{Text: &chunk[0]})
		} else {
			var req BatchRequest
			for j := range chunk {
				req.Documents = append(req.Documents, BatchDocument{Text: &chunk[j]})
			}
			b.json, err = json.Marshal(req)
		}
		require.NoError(t, err)
		for _, c := range chunk {
			b.size += len(c)
		}
		bodies = append(bodies, b)
	}
	url := base + "/v1/extract"
	if size > 1 {
		url += "/batch"
	}

	var next, docs, requests, nbytes atomic.Int64
	var wg sync.WaitGroup
	var fail sync.Once
	start := time.Now()
	deadline := start.Add(d)
	for range clients {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				b := bodies[int(next.Add(1)-1)%len(bodies)]
				resp, err := client.Post(url, "application/json", bytes.NewReader(b.json))
				if err != nil {
					fail.Do(func() { t.Errorf("POST %s: %v", url, err) })
					return
				}
				out, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				// "status": is a key of a batch's error items only: in a
				// text it would be escaped.
				if err != nil || resp.StatusCode != http.StatusOK || bytes.Contains(out, []byte(`"status":`)) {
					fail.Do(func() { t.Errorf("POST %s: %d %v %.300s", url, resp.StatusCode, err, out) })
					return
				}
				requests.Add(1)
				docs.Add(int64(b.docs))
				nbytes.Add(int64(b.size))
			}
		})
	}
	wg.Wait()
	return loadResult{docs: docs.Load(), requests: requests.Load(), bytes: float64(nbytes.Load()), elapsed: time.Since(start)}
}
