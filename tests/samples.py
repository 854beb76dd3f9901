"""Notes and drafts written for the tests."""

NOTES = {
    "company": "Northwind Analytics",
    "role": "Operations Analyst",
    "interviewers": ["Dana Whitfield", "Sam Ortiz"],
    "interviewed_at": "2026-11-20T14:00",
    "topics": ["warehouse forecasting model", "on-call rotation", "migrating reports to dbt"],
    "concerns": ["limited experience with dbt"],
    "decision_by": "2026-12-01",
}

GOOD_THANK_YOU = """Subject: Thank you for Friday's interview

Dear Ms. Whitfield,

Thank you for meeting with me on Friday about the Operations Analyst role at Northwind
Analytics. I especially enjoyed hearing how your team rebuilt the warehouse forecasting model
last spring.

You asked about my experience with dbt. Since our conversation I have finished the dbt
Fundamentals course and moved two of my own weekly reports onto it, which cut their run time
from forty minutes to six. I would be glad to walk you through them.

Please pass my thanks to Sam Ortiz as well. I look forward to hearing about the next steps.

Best regards,
Jordan Lee
"""
