package dk.plenum.search.api;

import dk.plenum.search.SearchHit;
import dk.plenum.search.SearchService;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=…}: items and decisions of all meetings, as the caller may see them. */
@RestController
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SearchHit> search(@RequestParam(defaultValue = "") String q) {
        return search.search(q);
    }
}
