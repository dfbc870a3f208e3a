"""The kinds an ``achievement_sense.yaml`` entry may have: one name per word list a rule reads (it grows)."""

from __future__ import annotations

from typing import Literal

SenseKind = Literal[
    "hypothetical", "opening", "factual", "modal", "rule", "advice", "requirement", "instruction", "recipe",
    "determiner", "copula", "negation", "whole", "between", "ratio", "bracket", "ranking", "listicle", "figure",
    "event", "turn", "kin", "frame", "address", "back", "back_closing", "tax_rate", "seat", "vehicle",
    "rating", "rated", "coordinate", "window", "top", "certain", "not_ratio", "share_of", "from", "bound", "must",
    "idiom", "calibre", "gun", "tonnage", "hull", "exchange", "child", "parent", "any", "any_end", "lead",
    "advised", "told", "weight", "weight_class", "best", "denied", "in_top", "chose", "pointed", "swap",
    "joined", "spouse", "then", "resumed", "reciprocal", "owner", "links", "list_head", "spoon", "habitual",
    "per_one", "if_after", "only_then", "not_habitual", "grade", "product", "generic", "not_governed", "most_of",
    "bound_hedge", "group_of", "as_for", "predicate", "relief", "persona", "hook", "yardstick", "likened",
    "trio", "per_money", "money", "versus", "usually", "usually_open", "deadline", "to_level", "as_of", "rival",
    "rival_of", "in_group", "purpose", "estimate", "planned_cost", "policy", "done", "body", "body_lead",
    "weather_unit", "forecast", "forecast_hint", "forecast_agency", "measured", "asked", "asked_for", "price_for",
    "cap", "cap_is", "cap_has", "standard", "not_standard", "criterion", "met", "table_place", "table_next", "hand",
    "hand_saying", "cutoff", "cutoff_unit", "humidity", "bulletin", "only_need", "reader_can",
    "type_word", "chart_level", "imperative", "not_imperative", "at_price", "intent", "not_intent", "purpose_open",
    "plan_source", "when", "future", "real_aspect", "classify", "grade_verb", "own_deed", "own_passive", "most_tail",
    "goal_word", "goal_over",  # achE34; targets34
    "goal_set", "goal_task", "goal_task_level", "goal_task_done", "goal_set_over",  # targetT38
    "goal_list_noun", "goal_list_det", "goal_list_sort", "goal_list_opens", "goal_list_lead",  # targetR38
    "goal_list_over", "goal_list_topic",
    "goal_list_scope", "goal_aim", "goal_aim_lead", "goal_demand", "goal_demand_by",  # targetK40
    "goal_list_not_over",
    "goal_ref", "goal_ref_clause", "goal_ref_for", "goal_told", "goal_quota",  # targetL40
    "goal_quota_for", "made_for",  # targetR40
    "not_intent_next", "intent_got", "achieved", "now", "reminder", "when_goes_on",
    "proposing", "proposing_next", "paired", "aim_deadline", "planning", "ratio_then", "then_time", "not_ratio_next",
    "dose_unit", "drug_unit", "reader", "not_reader_before", "reader_verb", "body_unit", "sign", "patient_class",
    "patient_reading", "owner_stop", "claim", "only_if", "permit", "per_base", "cap_hedge", "average", "reached",
    "capped_level", "rate_subject", "bracket_join", "bracket_cap", "reckoning", "not_sign", "reader_frame", "list_join",
    # fees13 (_achv_fees): fee schedules, requested levels and needs
    "fee_noun", "fee_is", "fee_now", "fee_deed", "fee_rate", "request", "request_change", "request_target",
    "request_assure", "need", "need_for", "fee_charged", "fee_level", "request_with", "fee_taken", "request_frame",
    # mood15: moods carried, conventions, exam weights, rate tables
    "attendant", "mark_unit", "mark_weight", "exam_part", "may_after", "exists",
    "sea_state", "sea_unit", "class_frame", "class_has", "carried",
    # rules15b: an exam's subjects counted and named (_achv_criteria)
    "subject_unit", "subject_frame", "subject_lead", "subject_name",
    # mend15t: a recipe's next step after a connective (_achv_supposed)
    "next_step",
    # mend15m: moods that stay in their own clause (_achv_supposed)
    "kept_mood", "enabler", "judged", "class_deed", "helped", "deed_ends",
    "subject_won", "subject_done", "subject_bare", "subject_exam", "cooking", "kitchen_unit", "served",  # mend15s
    "storey", "building", "described", "indefinite",  # ach20b: a building described by its storeys
    "incident", "must_win", "past", "not_past", "modal_cut",  # mend20b, mend20c2
    "need_noun", "need_met", "race_class", "race_many", "race_unit",  # ach22b
    "race_event", "race_sport", "race_after", "scope", "scope_noun", "series", "series_part",
    "border", "border_place", "need_owner", "need_copula", "scope_board",  # mend22b
    "race_name", "race_sex", "race_joint", "race_done", "race_field", "address_lead", "day_part",  # ach23c
    "field_noun", "field_over", "merit", "age_cut", "place_from", "place_unit", "place_not_before", "place_not_after",
    "household_size", "household", "demand", "demand_pay", "constituency",  # ach24b
    "group_lead", "group_noun", "group_have", "group_bound", "group_total", "group_moved", "group_after",  # ach23d
    "define", "each", "each_item", "each_has", "quota_head", "quota_verb", "allot_unit", "allot_holder", "allot_gain",
    "full_standard", "full_standard_unit", "each_play",  # achH30
    "group_donate", "group_donate_unit", "define_not_after", "each_item_weak", "each_contest",  # mend23d
    "full_standard_count", "race_field_near", "place_gap_stop", "place_gap_word", "field_face",  # mend23c
    "household_link", "cutoff_take", "cutoff_field",  # mend24b
    "star", "star_tail", "star_verb", "most_lead", "list_open", "rank_word", "rank_base", "split",
    "if_is", "pending_verb", "pending_study", "submit", "pending_end", "designation",
    "kin_of", "kin_state",  # ach26a
    "rank_base_tight", "rank_gap_stop", "rank_field", "pending_content", "pending_after", "kin_passive",
    "kin_deed", "full_standard_act", "full_standard_done",  # mend26a
    "ranked_verb", "milestone_scale", "milestone_not_after", "milestone_not_unit",  # ach26b, mend26b
    "period_lead", "period_unit", "race_runners", "regime", "regime_per", "today_part",  # ach26d
    "period_bare", "period_market", "projection", "projection_end", "quota", "vote_held", "vote_place",  # mend26d
    "task", "task_end", "fund_rate", "fund_reset", "owned", "owned_not", "size_unit", "size_holder", "size_place",
    "fixed_all", "fixed_set", "place_then", "place_pass",  # mend26d, ach26e
    "fund_fuel", "owned_by", "fixed_met", "fixed_met_after", "solicit", "solicit_got",  # mend26e
    "race_group", "race_style", "race_head", "race_lead",  # ach27race
    "score_unit", "band_label", "band_class", "scheme_class", "scheme_word", "scheme_has", "tier_unit", "tier_body",
    "season_unit", "season", "grade_rate", "sale_cap", "per_buyer", "cost_noun", "per_each", "cost_is",
    "per_unit_min", "per_unit_each", "indicator", "frequency_unit", "frequency_per", "page_counter", "page_unit",
    "file_size", "file_format", "unit_header", "cutoff_field_far", "cost_period",
    "counter_label", "scheme_move", "season_at", "grade_reached", "least_done", "frequency_done", "cutoff_field_lead",
    "cutoff_field_adv", "cutoff_field_named",  # mendA28
    "format_pick", "format_each", "format_round",  # nofactR40
    "race_medal", "race_medal_stop",
    "rule_source", "rule_verb", "define_by", "define_gap_stop", "by_criteria", "criteria_unit", "judging", "stat_frame",
    "compared_to", "compared_rest", "negated_state", "digits_unit", "digits_rate", "buyer", "offer_gain",
    "voltage_unit", "voltage_holder", "priced_class", "priced_not", "priced_deed", "define_unit", "criteria_met",
    "members_lead", "compared_rest_pred", "compared_list",  # mendD29
    "negated_stop", "priced_change",  # mendD29
    "race_lap", "counter_addressee", "length_unit", "length_bound", "download", "doubt",  # ach29d, ach29e, mood30
    "one_of_group", "sex", "pair_person", "apart_not", "apart_before", "apart_unit", "face_value", "face_card",
    "face_given", "below", "epithet", "epithet_headline", "pair_link",  # achN32; tidy34
    "own_rule", "own_rule_stop", "own_rule_pass", "forecast_trend", "reading_time", "ranking_world",  # achI32b, C34
    "compared_open", "capital_type", "capital_not", "container_unit",  # achO32; tidy34
    "rank_most", "scheme_part", "scheme_frame", "race_played", "level_open", "capital_word",  # achC34; tidy36
    "dim_word", "dim_not", "dim_holder",  # nofactA36
    "class_grade_unit", "grade_hedge",  # achG36; tidy38
    "table_head", "slogan_part", "unit_rule_lead", "unit_rule_verb", "contest", "list_intro", "mechanism",  # tableR36
    "unit_rule_not", "mechanism_give",  # tableR36 review
    "slogan_alone", "list_intro_of", "name_number",  # tidy38
    "population_base", "population_base_rated", "base_rate_subject", "road_code",  # achJ38
    "weather_box", "causative", "causative_path",  # achH38
    "rank_spelled", "list_announce", "list_announce_verb", "star_holder", "base_cost", "base_measure",  # nofactR38
    "base_lead",  # nofactR38
    "scheme_done", "heading_tail", "frame_place", "scope_lead", "survey_word",  # nofactK40
    "need_bound", "bound_rule", "strength", "grade_label", "format_unit", "format_verb", "category_noun",  # ruleL40
    "example_lead", "example_person", "rule_bound", "category_lead", "grade_not",
    "width_bound", "width_rule", "grade_unit", "format_play", "reader_suppose",
]
