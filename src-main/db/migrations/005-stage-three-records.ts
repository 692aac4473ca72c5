import type { Migration } from '../migration';

export const stageThreeRecords: Migration = {
  version: 5,
  name: "classes per year, partners' resources on loan, clubs at partners, the acquisition plan, staff development, parent surveys",
  up(db) {
    db.exec(`
      -- The school's classes in an academic year and how many pupils each has: club counts are checked
      -- against them, and the review's coverage is counted from them.
      CREATE TABLE school_classes (
        year TEXT NOT NULL,
        name TEXT NOT NULL,
        pupils INTEGER NOT NULL CHECK (pupils BETWEEN 0 AND 200),
        PRIMARY KEY (year, name)
      ) STRICT, WITHOUT ROWID;

      -- Items a partner lends the school for a period (ресурсы партнёров на определённый период).
      CREATE TABLE loans (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners (id),
        received_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        responsible TEXT NOT NULL DEFAULT '',
        display_place TEXT NOT NULL DEFAULT '',
        returned_on TEXT,
        return_condition TEXT NOT NULL DEFAULT '',
        return_remarks TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (due_on >= received_on),
        CHECK (returned_on IS NULL OR returned_on >= received_on)
      ) STRICT;
      CREATE INDEX loans_by_partner ON loans (partner_id);
      CREATE INDEX loans_by_received ON loans (received_on);
      CREATE INDEX loans_open_by_due ON loans (due_on) WHERE returned_on IS NULL;

      CREATE TABLE loan_items (
        id INTEGER PRIMARY KEY,
        loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('exhibits', 'exhibition', 'books', 'paintings', 'crafts', 'instruments', 'other')),
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        inventory_number TEXT NOT NULL DEFAULT '',
        condition TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX loan_items_by_loan ON loan_items (loan_id);

      -- A club or class at a partner in an academic year, and how many pupils of each class attend it.
      CREATE TABLE clubs (
        id INTEGER PRIMARY KEY,
        year TEXT NOT NULL,
        partner_id INTEGER NOT NULL REFERENCES partners (id),
        name TEXT NOT NULL,
        leader TEXT NOT NULL DEFAULT '',
        schedule TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clubs_by_year ON clubs (year);
      CREATE INDEX clubs_by_partner ON clubs (partner_id);

      CREATE TABLE club_attendance (
        club_id INTEGER NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
        class_name TEXT NOT NULL,
        pupils INTEGER NOT NULL CHECK (pupils >= 1),
        PRIMARY KEY (club_id, class_name)
      ) STRICT, WITHOUT ROWID;

      -- The perspective plan of acquisitions for the learning environment.
      CREATE TABLE acquisitions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        unit TEXT NOT NULL DEFAULT 'шт.',
        planned_year INTEGER NOT NULL CHECK (planned_year BETWEEN 2000 AND 2100),
        planned_quarter INTEGER CHECK (planned_quarter BETWEEN 1 AND 4),
        source TEXT NOT NULL CHECK (source IN ('budget', 'partner', 'sponsor', 'other')),
        partner_id INTEGER REFERENCES partners (id),
        source_note TEXT NOT NULL DEFAULT '',
        cost_kopecks INTEGER CHECK (cost_kopecks >= 0),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'acquired', 'cancelled')),
        acquired_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'acquired') = (acquired_on IS NOT NULL)),
        CHECK (source = 'partner' OR partner_id IS NULL)
      ) STRICT;
      CREATE INDEX acquisitions_by_year ON acquisitions (planned_year, planned_quarter);
      CREATE INDEX acquisitions_by_partner ON acquisitions (partner_id);

      -- Approval blocks of documents that are not kept per year in a table of their own
      -- ('acquisitions': the perspective plan of acquisitions).
      CREATE TABLE document_approvals (
        document TEXT PRIMARY KEY,
        approver_position TEXT NOT NULL DEFAULT '',
        approver_name TEXT NOT NULL DEFAULT '',
        order_number TEXT NOT NULL DEFAULT '',
        order_date TEXT,
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- The teaching staff, kept small: who can take part in professional development.
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        position TEXT NOT NULL DEFAULT '',
        subjects TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One step of a teacher's professional development (курсы, РМО, конференция …), maybe through a partner.
      CREATE TABLE staff_development (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        form TEXT NOT NULL CHECK (form IN ('course', 'rmo', 'conference', 'masterClass', 'readings', 'workshop', 'contest', 'talk')),
        title TEXT NOT NULL,
        partner_id INTEGER REFERENCES partners (id),
        date_from TEXT NOT NULL,
        date_to TEXT NOT NULL,
        hours INTEGER NOT NULL CHECK (hours BETWEEN 0 AND 2000),
        certificate TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (date_to >= date_from)
      ) STRICT;
      CREATE INDEX staff_development_by_staff ON staff_development (staff_id);
      CREATE INDEX staff_development_by_partner ON staff_development (partner_id);
      CREATE INDEX staff_development_by_date ON staff_development (date_from);

      -- Questionnaires for parents. A template is what the office edits; each survey run keeps its own copy of
      -- the questions and options, so editing a template never changes results already entered.
      CREATE TABLE survey_templates (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        intro TEXT NOT NULL DEFAULT '',
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE survey_template_questions (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES survey_templates (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('choice', 'open'))
      ) STRICT;
      CREATE INDEX survey_template_questions_by_template ON survey_template_questions (template_id);

      CREATE TABLE survey_template_options (
        id INTEGER PRIMARY KEY,
        question_id INTEGER NOT NULL REFERENCES survey_template_questions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1)
      ) STRICT;
      CREATE INDEX survey_template_options_by_question ON survey_template_options (question_id);

      -- One run of a questionnaire. 'tally': counts per option from paper forms, out of 'respondents';
      -- 'respondents': each questionnaire entered on its own (respondents is then their number).
      CREATE TABLE surveys (
        id INTEGER PRIMARY KEY,
        template_id INTEGER REFERENCES survey_templates (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        year TEXT NOT NULL,
        conducted_on TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('tally', 'respondents')),
        respondents INTEGER NOT NULL DEFAULT 0 CHECK (respondents >= 0),
        families INTEGER NOT NULL DEFAULT 0 CHECK (families >= 0),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX surveys_by_year ON surveys (year);
      CREATE INDEX surveys_by_template ON surveys (template_id);

      CREATE TABLE survey_questions (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('choice', 'open'))
      ) STRICT;
      CREATE INDEX survey_questions_by_survey ON survey_questions (survey_id);

      CREATE TABLE survey_options (
        id INTEGER PRIMARY KEY,
        question_id INTEGER NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        -- Tally mode: how many forms chose this option.
        tally INTEGER NOT NULL DEFAULT 0 CHECK (tally >= 0)
      ) STRICT;
      CREATE INDEX survey_options_by_question ON survey_options (question_id);

      -- Respondent mode: one questionnaire, and its answers (an option, or a text for an open question).
      CREATE TABLE survey_responses (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id);

      CREATE TABLE survey_answers (
        response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
        option_id INTEGER REFERENCES survey_options (id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (response_id, question_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX survey_answers_by_option ON survey_answers (option_id);
    `);
  },
};
