package uk.redress.workspace.note;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseNoteRepository extends JpaRepository<CaseNote, String> {

    List<CaseNote> findByComplaintReferenceOrderByWrittenAtAsc(String complaintReference);
}
