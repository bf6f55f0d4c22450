#!/usr/bin/env python3
"""Counts how often published inspection reports speak of each topic inspectors judge, and which criteria of the
rule pack cover it, so that a topic without a criterion shows: the table in docs/topics.md.

    python3 corpus/topics.py CORPUS_DIR RULES_DIR > docs/topics.md

A topic is a regular expression over a report's text (case ignored, line breaks folded). A report counts once per
topic; 'in what needs to improve' counts the reports whose list of what needs to improve (or recommendations, under
SIF) names the topic. Every criterion id named here must exist in RULES_DIR's criteria files.
"""
import csv
import glob
import os
import re
import sys

# (topic, pattern, criteria that cover it)
TOPICS = [
    ("Early help", r"early help", ["early_help_caf_taf_assessment", "early_help_targeted_coordinated", "early_help_needs_identified_early"]),
    ("Front door, MASH, contacts and referrals", r"\bMASH\b|front door|multi-agency safeguarding hub|contacts? (and|or) referrals?", ["contact_referral_decisions_timely", "multi_agency_information_informs_contacts", "front_door_management_decisions"]),
    ("Thresholds", r"\bthresholds?\b", ["thresholds_shared_understanding", "thresholds_applied_consistently"]),
    ("Consent to share information", r"\bconsent\b", ["consent_to_share"]),
    ("Quality of partners' referrals", r"quality of (the )?referrals|referrals (from|by) partners?", ["partner_referrals_quality"]),
    ("Out-of-hours (emergency duty) service", r"out[- ]of[- ]hours|emergency duty", ["out_of_hours_response"]),
    ("Strategy meetings and discussions", r"strategy (meeting|discussion)s?", ["strategy_meetings_effective", "strategy_meetings_timely", "strategy_meeting_records"]),
    ("Child protection (section 47) enquiries", r"section 47|child protection enquir|s47", ["s47_enquiries_thorough", "s47_wider_risks_considered"]),
    ("Quality of assessments", r"assessments? (is|are|were|was) ", ["assessments_comprehensive_analytical", "assessments_risk_and_protective_factors"]),
    ("Children's history in assessments", r"histor(y|ies)", ["assessments_history_cumulative_impact"]),
    ("Identity, diversity and culture", r"\bidentity\b|cultur(e|al)|diversity", ["assessments_diversity_culture", "cic_identity_diversity"]),
    ("Timeliness of assessments", r"assessments?[^.]{0,60}timel|timel[^.]{0,40}assessments?", ["assessments_timely"]),
    ("Child protection and child in need plans", r"(child protection|child in need|children in need) plans?", ["cin_cp_plans_quality", "cin_cp_plans_outcome_focused", "cin_cp_plans_timebound"]),
    ("Contingency planning", r"contingency", ["cin_cp_contingency_planning"]),
    ("Safety planning", r"safety plan", ["safety_planning", "da_safety_plans", "exploitation_assessment_safety_plans"]),
    ("Child protection conferences and core groups", r"(child protection )?conferences?|core group", ["cp_conferences_core_groups_timely", "cp_conferences_review_risk_progress", "cp_conferences_drive_plans"]),
    ("Children in need reviews and drift", r"\bdrift\b|children in need[^.]{0,40}review", ["cin_plans_reviewed_progressed"]),
    ("Children's views, wishes and feelings", r"wishes and feelings|children[’']s views|voice of (the )?child", ["cin_cp_child_voice", "cic_wishes_feelings_heard"]),
    ("Direct work with children", r"direct work", ["direct_work_creative", "cic_direct_work"]),
    ("Visits to children", r"\bvisit(s|ed)?\b[^.]{0,40}(regular|frequen|in line with)|seen alone", ["children_visited_regularly", "cic_visits_regular", "cic_seen_alone_visits"]),
    ("Changes of social worker", r"changes? (of|in) social worker|consistent social worker|same social worker", ["cin_cp_consistent_social_worker", "cic_consistent_social_worker"]),
    ("Independent advocacy", r"advoca(cy|te)", ["cp_independent_advocacy"]),
    ("Domestic abuse", r"domestic abuse|domestic violence", ["da_impact_understood", "da_risk_identified_managed", "da_specialist_services_for_children"]),
    ("Neglect", r"\bneglect\b", ["neglect_recognised"]),
    ("Disabled children", r"disabled children|children with disabilities", ["disabled_children_help_and_protection", "cic_disabled_children", "cl_disabled_transition"]),
    ("Private fostering", r"private(ly)? foster", ["private_fostering"]),
    ("Allegations against adults (LADO)", r"\bLADO\b|designated officer|allegations against", ["allegations_against_adults"]),
    ("Young carers", r"young carers?", ["young_carers"]),
    ("Homeless 16- and 17-year-olds", r"homeless", ["homeless_16_17_year_olds"]),
    ("Children missing education, home education", r"missing education|home educat", ["children_missing_education"]),
    ("Children missing from home or care", r"go(es)? missing|missing from (home|care)", ["missing_children_response", "cic_missing_cse_response"]),
    ("Return home interviews", r"return (home )?interviews?", ["rhi_take_up", "rhi_quality", "rhi_intelligence_informs_planning", "cic_missing_interview_engagement"]),
    ("Exploitation (sexual, criminal), risk outside the home", r"exploit|county lines|outside the home", ["exploitation_response_consistent", "exploitation_assessment_safety_plans", "adolescent_risk_services"]),
    ("Pre-proceedings and the public law outline", r"public law outline|\bPLO\b|pre-proceedings", ["plo_applied_appropriately", "plo_progress_timely", "plo_tracking"]),
    ("Care proceedings", r"care proceedings", ["cic_care_proceedings_timely"]),
    ("Edge of care and entry to care", r"edge of care|enter(ing)? care|come into care", ["edge_of_care_keeps_children_home", "care_entry_timely"]),
    ("Unborn babies and pre-birth assessments", r"unborn|pre-birth", ["unborn_children_proactive_protection", "specialist_assessments_pre_birth_parenting_viability"]),
    ("Emotional well-being and mental health services (CAMHS)", r"\bCAMHS\b|mental health", ["emotional_wellbeing_mental_health_access", "cl_mental_health_access"]),
    ("Permanence planning (other than adoption)", r"permanence", ["cic_permanence_timely"]),
    ("Special guardianship", r"special guardian", ["cic_permanence_timely", "cic_kinship_carers"]),
    ("Connected, kinship and family and friends carers", r"connected carers?|kinship|family and friends carers?", ["cic_kinship_carers"]),
    ("Family time and contact with brothers and sisters", r"family time|contact with (their )?(brothers|siblings|birth famil)", ["cic_family_time"]),
    ("Life-story work and later-life letters", r"life[- ]story|later[- ]life letter", ["cic_life_story_work"]),
    ("Children placed with parents and returning home", r"placed with parents|return(ing)? home", ["cic_return_home_planning"]),
    ("Care plans and reviews for children in care (IROs)", r"\bIROs?\b|independent reviewing officer|care plans?", ["cic_care_plans_clear_targets", "cic_reviews_drive_plans"]),
    ("Placement stability", r"placement stability|stable (placements|homes)|moves? (of|in) placement", ["cic_placement_stability"]),
    ("Sufficiency of placements and homes", r"sufficiency", ["cic_sufficiency_planning"]),
    ("Foster carers: recruitment and support", r"foster carers?", ["cic_foster_carer_recruitment", "cic_fostering_support"]),
    ("Unregistered children's homes", r"unregistered", ["cic_unregistered_homes"]),
    ("Health of children in care (health assessments)", r"health assessments?", ["cic_health_needs"]),
    ("Education of children in care: PEPs and the virtual school", r"personal education plans?|\bPEPs?\b|virtual school", ["cic_personal_education_plans", "cic_educational_attainment"]),
    ("Unaccompanied asylum-seeking children", r"unaccompanied|asylum", ["cic_unaccompanied_children", "cl_unaccompanied_young_people"]),
    ("Children in care council and participation", r"children in care council|participation", ["cic_children_in_care_council"]),
    ("Adoption", r"\badopt", ["adoption_early_identification", "adoption_support_pre_post"]),
    ("Pathway plans", r"pathway plan", ["cl_pathway_plans"]),
    ("Personal advisers", r"personal advisers?|\bPAs?\b", ["cl_personal_adviser_relationships", "cl_personal_adviser_before_18"]),
    ("Care leavers' accommodation (suitable, staying put)", r"staying put|suitable accommodation|supported accommodation", ["cl_safe_suitable_accommodation", "cl_staying_put"]),
    ("Care leavers in education, employment or training", r"education, employment or training|\bEET\b|\bNEET\b", ["cl_education_employment_training"]),
    ("Care leavers' health and health histories", r"health histor|health passport", ["cl_health_histories", "cl_physical_health"]),
    ("Care leavers' entitlements and the local offer", r"local offer|entitlements", ["cl_legal_entitlements"]),
    ("Care leavers aged over 21", r"over 21|aged 21|up to (the age of )?25", ["cl_support_over_21"]),
    ("Keeping in touch with care leavers", r"in touch", ["cl_keeping_in_touch"]),
    ("Management oversight", r"management oversight|managerial oversight", ["management_oversight_of_cases"]),
    ("Supervision", r"supervision", ["supervision_regular", "supervision_reflective_analytical"]),
    ("Caseloads", r"caseloads?", ["caseloads_manageable"]),
    ("Workforce stability, recruitment and agency staff", r"agency (staff|social workers)|recruit|turnover", ["workforce_stable", "recruitment_and_retention"]),
    ("Training and professional development", r"training|professional development", ["training_and_development"]),
    ("Quality assurance and audit", r"\baudits?\b|quality assurance", ["quality_assurance_framework", "audit_programme", "audits_accurate"]),
    ("Performance information and data", r"performance (data|information|management)", ["performance_management_rigorous", "performance_data_targets_scrutiny"]),
    ("Self-evaluation and leaders' knowledge of the service", r"self-evaluation|self-assessment|know (their|the) (service|strengths)", ["self_assessment_accurate", "leaders_know_frontline_practice"]),
    ("Political leaders, members and corporate parenting", r"corporate parent|elected members|councillors|lead member", ["political_leaders_advocate", "members_challenge", "corporate_collective_responsibility"]),
    ("Partnerships and safeguarding arrangements", r"partnership|safeguarding (children )?partnership|\bLSCB\b", ["mature_partnerships", "lscb_arrangements"]),
    ("Practice model", r"practice model|model of practice", ["practice_model_embedded"]),
    ("Case recording", r"case records?|recording", ["case_records_accurate"]),
    ("Complaints", r"complaints?", ["complaints_help_children"]),
    ("Commissioning", r"commission", ["jsna_informs_commissioning", "commissioning_contract_monitoring"]),
]

# (figure, pattern for a report quoting it, the criterion's figure id that holds it)
FIGURES = [
    ("Average caseload", r"caseloads? (of|averag\w*|is|are)[^.]{0,30}\b\d+|\d+ (children|cases) (per|each) (social )?worker", "average_caseload"),
    ("Social worker turnover", r"turnover[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}turnover", "social_worker_turnover"),
    ("Agency social workers", r"agency (social )?(workers|staff)[^.]{0,40}\d+ ?%|\d+ ?% of (social workers|the workforce)[^.]{0,30}agency", "agency_social_workers"),
    ("Re-referrals", r"re-?referral[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}re-?referral", "re_referral_rate"),
    ("Assessments on time", r"assessments?[^.]{0,60}\d+ ?%[^.]{0,40}(timescale|on time|within)", "assessments_on_time"),
    ("Child protection conferences on time", r"conferences?[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}conferences?", "cp_conferences_on_time"),
    ("Return home interviews accepted", r"return (home )?interviews?[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}return (home )?interviews?", "rhi_acceptance_rate"),
    ("Children in care with three or more placements", r"three or more (placements|moves)[^.]{0,40}\d+|\d+ ?%[^.]{0,60}three or more", "cic_three_or_more_placements"),
    ("Health assessments on time", r"health assessments?[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}health assessments?", "cic_health_assessments_on_time"),
    ("Dental checks", r"dental[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}dental", "cic_dental_checks"),
    ("Personal education plans up to date", r"(personal education plans?|PEPs?)[^.]{0,60}\d+ ?%|\d+ ?%[^.]{0,40}(personal education plans?|PEPs)", "cic_peps_up_to_date"),
    ("Length of care proceedings", r"care proceedings[^.]{0,80}\d+ weeks|\d+ weeks[^.]{0,60}proceedings", "care_proceedings_weeks"),
    ("Days from care to adoptive placement", r"\d+ days[^.]{0,80}(adopt|placement)|(adopt)[^.]{0,80}\d+ days", "adoption_days_care_to_placement"),
    ("Care leavers in education, employment or training", r"(education, employment or training|\bEET\b)[^.]{0,40}\d+ ?%|\d+ ?%[^.]{0,60}(education, employment or training|\bEET\b)", "care_leavers_in_eet"),
    ("Care leavers in suitable accommodation", r"suitable accommodation[^.]{0,40}\d+ ?%|\d+ ?%[^.]{0,60}suitable accommodation", "cl_suitable_accommodation"),
    ("Staying put arrangements", r"staying put[^.]{0,60}\d+|\d+[^.]{0,30}staying put", "staying_put_arrangements"),
    ("Care leavers at university", r"\d+[^.]{0,40}(at|attending|in) university|university[^.]{0,40}\d+", "cl_at_university"),
]

WNTI = re.compile(r"(what needs to improve|areas? for (priority action|improvement)|recommendations)(.{0,1500})", re.I | re.S)


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, rules = argv
    known = set()
    for path in glob.glob(os.path.join(rules, "**", "*.criteria.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            known.update(re.findall(r"^  - id: (\S+)", f.read(), re.M))
    missing = sorted({c for _, _, cs in TOPICS for c in cs} - known)
    if missing:
        print("criteria not in the pack: " + ", ".join(missing), file=sys.stderr)
        return 1
    with open(os.path.join(corpus, "grades.csv"), encoding="utf-8") as f:
        graded = [r["file"] for r in csv.DictReader(f) if r["framework"]]
    figure_ids = set()
    for path in glob.glob(os.path.join(rules, "**", "*.criteria.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            figure_ids.update(re.findall(r"^      - id: (\S+)", f.read(), re.M))
    unknown = sorted({f for _, _, f in FIGURES} - figure_ids)
    if unknown:
        print("figures not in the pack: " + ", ".join(unknown), file=sys.stderr)
        return 1
    figure_counts = {f: 0 for f, _, _ in FIGURES}
    counts = {t: [0, 0] for t, _, _ in TOPICS}
    for name in graded:
        with open(os.path.join(corpus, "reports", name), encoding="utf-8") as f:
            text = re.sub(r"\s+", " ", f.read())
        improve = " ".join(m.group(3) for m in WNTI.finditer(text))
        for figure, pattern, _ in FIGURES:
            if re.search(pattern, text, re.I):
                figure_counts[figure] += 1
        for topic, pattern, _ in TOPICS:
            if re.search(pattern, text, re.I):
                counts[topic][0] += 1
            if re.search(pattern, improve, re.I):
                counts[topic][1] += 1
    n = len(graded)
    print("# Topics inspectors judge, and the criteria that cover them\n")
    print(f"How many of the corpus's {n} graded inspection reports (SIF 2014-18, ILACS 2018-26) speak of each topic,")
    print("and how many name it in what needs to improve (under SIF, the recommendations), with the criteria of the")
    print("pack that cover it. Made by `python3 corpus/topics.py ../shared/corpus rules > docs/topics.md`; a topic is")
    print("a pattern over the report's text (see the script), so the counts are approximate.\n")
    print("| topic | reports | in what needs to improve | criteria |")
    print("|---|---|---|---|")
    for topic, _, criteria in sorted(TOPICS, key=lambda t: -counts[t[0]][0]):
        c, w = counts[topic]
        print(f"| {topic} | {c} ({round(100 * c / n)}%) | {w} ({round(100 * w / n)}%) | "
              + ", ".join(f"`{x}`" for x in criteria) + " |")
    print("\n## Figures reports quote\n")
    print("How many reports quote each figure for the authority (a pattern over the text, so approximate), and the")
    print("figure of the self-assessment that holds it.\n")
    print("| figure | reports | figure id |")
    print("|---|---|---|")
    for figure, _, fid in sorted(FIGURES, key=lambda f: -figure_counts[f[0]]):
        c = figure_counts[figure]
        print(f"| {figure} | {c} ({round(100 * c / n)}%) | `{fid}` |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
