// k8s-validate reads Kubernetes objects as multi-document YAML on stdin and decodes each one strictly
// against the typed API of the Kubernetes version this module is built with (k8s.io/api v0.37 =
// Kubernetes 1.37): unknown kinds, unknown or duplicate fields and wrongly typed values are errors.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"

	"k8s.io/apimachinery/pkg/runtime/serializer"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/kubernetes/scheme"
)

func main() {
	codecs := serializer.NewCodecFactory(scheme.Scheme, serializer.EnableStrict)
	decoder := codecs.UniversalDeserializer()
	reader := utilyaml.NewYAMLReader(bufio.NewReader(os.Stdin))
	checked, invalid := 0, 0
	for {
		doc, err := reader.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "cannot read the input: %v\n", err)
			os.Exit(2)
		}
		if isEmpty(doc) {
			continue
		}
		checked++
		if _, gvk, err := decoder.Decode(doc, nil, nil); err != nil {
			invalid++
			fmt.Printf("INVALID %v: %v\n", gvk, err)
		}
	}
	fmt.Printf("%d objects checked against Kubernetes 1.37, %d invalid\n", checked, invalid)
	if invalid > 0 {
		os.Exit(1)
	}
}

// isEmpty: a document of only comments and blank lines.
func isEmpty(doc []byte) bool {
	for _, line := range bytes.Split(doc, []byte("\n")) {
		t := bytes.TrimSpace(line)
		if len(t) > 0 && t[0] != '#' && string(t) != "---" {
			return false
		}
	}
	return true
}
