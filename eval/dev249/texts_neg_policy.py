"""dev249 negatives: policy, money, epidemics, peaceful protest and the ordinary news of the
desk (drug policy as a "war", service rows, burnout, apps, COVID, loneliness, grief).
(title, text, kind code)."""

NEGATIVES = [
    (
        "Glasgow’s safer drug consumption room marks first year as Scotland rethinks ‘war on drugs’",
        "The UK’s first officially sanctioned safer drug consumption room, in Glasgow’s east end, has "
        "supervised thousands of injections in its first year without a single death on site, "
        "according to figures from the city’s health and social care partnership. Scotland has the "
        "highest rate of drug deaths in Europe, and ministers in Edinburgh have said the "
        "decades-long war on drugs has failed. “We treat this as a health emergency, not a "
        "criminal one,” said the Scottish drugs minister at the facility on Hunter Street. Staff "
        "say they have reversed dozens of overdoses and referred many clients to mental health and "
        "housing services. Critics argue the money would be better spent on residential "
        "rehabilitation. The Home Office, which controls drug law, has said it has no plans to "
        "allow similar sites in England. Local businesses, which opposed the plan, say complaints "
        "about discarded needles in nearby lanes have fallen.",
        "politics",
    ),
    (
        "Oregon lawmakers vote to end drug decriminalisation experiment",
        "Oregon’s legislature has voted to make possession of small amounts of drugs a crime again, "
        "rolling back the first-in-the-nation decriminalisation law that voters approved in 2020. "
        "Supporters of Measure 110 said it had redirected hundreds of millions of dollars into "
        "addiction treatment and mental health services. Opponents, including many Democrats who "
        "once backed it, pointed to open-air drug use in downtown Portland and a rise in fentanyl "
        "overdose deaths. “This is not a return to the war on drugs,” the House majority leader "
        "said, arguing the new law steers people to treatment rather than prison. Civil rights "
        "groups warned that arrests would fall hardest on Black and Latino residents. Governor Tina "
        "Kotek has said she will sign the bill. Counties will have to set up diversion "
        "programmes before the law takes effect in September.",
        "politics",
    ),
    (
        "Row over mental health waiting lists as ministers accused of ‘fiddling’ figures",
        "Ministers were accused of fiddling the figures on Wednesday after the NHS in England "
        "reported that more than 1.9 million people were waiting for mental health care, a number "
        "that opposition parties say excludes many children referred to school-based teams. The "
        "shadow health secretary told the Commons that services were “under siege” and that young "
        "people were being left to deteriorate for months. The health secretary said spending on "
        "mental health had reached a record high and accused the opposition of talking down NHS "
        "staff. The Royal College of Psychiatrists said patients were being sent hundreds of miles "
        "for beds. Charities say the battle over numbers distracts from the people behind them. "
        "The NHS Confederation called for a cross-party plan. A review of the waiting list data "
        "is due to report in the autumn.",
        "politics",
    ),
    (
        "Psychologists fight Canberra’s cut to subsidised therapy sessions",
        "Australian psychologists have launched a campaign against the federal government’s "
        "decision to halve the number of subsidised therapy sessions under the Better Access "
        "scheme from 20 to ten a year. The extra sessions were introduced during the pandemic, and "
        "the health minister, Mark Butler, said an evaluation showed they had mainly benefited "
        "people in wealthier suburbs. The Australian Psychological Society called the change an "
        "attack on the most vulnerable and said it would take the fight to every marginal seat. "
        "“People with complex trauma do not get better in ten sessions,” said the society’s "
        "president. Rural GPs said waiting times were already long. The minister said savings would "
        "fund new walk-in Medicare mental health centres. Greens senators have vowed to move a "
        "motion to reverse the cut.",
        "politics",
    ),
    (
        "British Columbia ends drug decriminalisation pilot early",
        "British Columbia will end its three-year pilot decriminalising small amounts of hard "
        "drugs months before it was due to expire, the provincial government announced, saying "
        "the experiment had not delivered the results it hoped for. The pilot, approved by Ottawa in "
        "2023, allowed adults to carry up to 2.5 grams of opioids, cocaine or methamphetamine "
        "without being charged. The province’s chief coroner reported that toxic drug deaths had "
        "fallen last year but remained far above the level of a decade ago. “We are not "
        "abandoning the people we are trying to save,” the premier said, promising more "
        "involuntary care beds for people with severe addiction and mental illness. Harm-reduction "
        "groups called the decision a political retreat. The federal Conservatives said it proved "
        "that soft-on-crime policies had failed.",
        "politics",
    ),
    (
        "Four-day week trial leaves staff less burnt out, researchers find",
        "Employees at dozens of British companies that tested a four-day week reported "
        "significantly lower levels of burnout, anxiety and fatigue, according to researchers who "
        "ran the six-month trial. Of 61 firms that took part, 56 said they would continue the "
        "scheme, and revenue was broadly unchanged. The study, led by the think tank Autonomy and "
        "academics from Cambridge and Boston College, found that 71% of staff reported reduced "
        "burnout. “People used the extra day for hospital appointments, childcare and, frankly, "
        "for sleep,” said one of the lead researchers. Business groups cautioned that the firms "
        "were self-selected and mostly small. The Confederation of British Industry said a "
        "shorter week would not work in manufacturing or care. Several councils are now running "
        "their own trials. "
        "The government has said it has no plans to legislate for a shorter working week.",
        "economy",
    ),
    (
        "Therapy apps in price war as venture money dries up",
        "Online therapy companies are cutting prices and staff as the flood of venture capital that "
        "fuelled their pandemic boom dries up, analysts say. Several US platforms have slashed "
        "subscription fees in what one investor called a price war for a shrinking pool of "
        "customers, while a leading meditation app laid off about 15% of its workforce. Therapists "
        "who work for the platforms say they are being paid less per session and pushed to take on "
        "more clients. “The business model assumed that therapy could scale like software. It "
        "cannot,” said a health economist at the University of Pennsylvania. Regulators have also "
        "fined one company for sharing users’ data with advertisers. Shares in Teladoc, which owns "
        "BetterHelp, fell sharply after it cut its forecast. "
        "Some therapists have returned to private practice, saying they can see fewer clients and "
        "earn more.",
        "economy",
    ),
    (
        "China’s ‘lying flat’ generation tests employers’ patience",
        "Chinese employers are struggling to recruit and keep young workers who say they are too "
        "burnt out to chase the long hours their parents worked, according to a survey by the "
        "recruitment platform Zhaopin. The “lying flat” movement, a rejection of the so-called "
        "996 culture of 9am-to-9pm, six-day weeks, has spread on social media despite official "
        "criticism. Youth unemployment reached a record before the statistics bureau changed "
        "its method of counting. “I did two years at a tech firm and ended up on antidepressants,” "
        "said a 27-year-old former programmer in Hangzhou who now sells coffee from a van. "
        "Psychologists in Shanghai say demand for counselling among young professionals has risen. "
        "State media have urged young people to “eat bitterness” and work harder. "
        "Several provinces have launched programmes to steer graduates into jobs in rural areas.",
        "economy",
    ),
    (
        "Japanese firms turn to ‘stress checks’ as karoshi cases rise",
        "Japanese companies are spending more on workplace mental health as claims for karoshi, or "
        "death from overwork, continue to rise, the labour ministry said in its annual white paper. "
        "The ministry recognised a record number of compensation claims for mental illness "
        "caused by work, many linked to harassment by superiors. Firms with more than 50 employees "
        "have been required since 2015 to offer annual stress checks, and a small industry of "
        "counselling providers has grown around them. “The check is a questionnaire. What "
        "matters is whether anyone acts on it,” said a lawyer who represents families of overwork "
        "victims. Business lobby Keidanren said companies were cutting overtime. Unions say the "
        "cap on overtime is still too high. "
        "A government panel will review the rules on working hours for doctors and drivers next "
        "year.",
        "economy",
    ),
    (
        "Italy’s lockdown leaves older people alone with their fear",
        "Volunteers answering a hotline for older people in Milan say calls have tripled since "
        "Italy imposed a national lockdown to contain the coronavirus, with many callers saying they "
        "have not spoken to anyone in days. Lombardy is the region worst hit by the epidemic, and "
        "its hospitals are overwhelmed. “They are frightened of the virus, but they are even more "
        "frightened of dying alone,” said a coordinator at the Auser association. Psychologists "
        "have set up free phone counselling across the country, and parishes have organised "
        "shopping deliveries. The health ministry has recommended that older people stay at home "
        "even after restrictions are eased. Researchers at the University of Padua say they will "
        "track the mental health effects of isolation for the next two years. "
        "Pharmacists in several towns have agreed to phone their older customers once a week to "
        "check on them.",
        "health",
    ),
    (
        "Brazil’s COVID nurses: ‘We were on the frontline and then forgotten’",
        "Nurses who worked in Brazil’s intensive care units during the worst months of the COVID-19 "
        "pandemic are reporting high rates of depression and burnout, a survey by the Federal "
        "Nursing Council has found. In Manaus, where hospitals ran out of oxygen in January 2021, "
        "nearly half of the nurses questioned showed symptoms of anxiety. “We were on the frontline "
        "and then forgotten,” said a nurse at the Getúlio Vargas hospital, who said she watched "
        "patients die because there was no oxygen to give. Brazil has recorded more than 700,000 "
        "COVID deaths. The council is calling for a national support programme for health "
        "workers and a minimum wage for nurses, which Congress approved but courts have suspended. "
        "Many nurses have left the profession. "
        "Those who remain say they are still waiting for the recognition they were promised in "
        "the worst months of the crisis.",
        "health",
    ),
    (
        "Mpox stigma fuels anxiety among gay men, clinics warn",
        "Sexual health clinics in London and Berlin say they are seeing rising anxiety among gay and "
        "bisexual men as mpox cases spread, and warn that stigma could deter people from coming "
        "forward for vaccination. The World Health Organization has declared the outbreak a public "
        "health emergency of international concern. “The messaging must be about behaviour, not "
        "identity, or we repeat the mistakes of the eighties,” said a consultant at a London "
        "clinic. Vaccine supplies remain limited, and queues formed outside clinics as soon as "
        "appointments opened. Support groups say some men have been mocked online after sharing "
        "their diagnosis. Health officials said the risk to the general population remained low. "
        "Clinics are adding evening sessions so that men can be vaccinated without taking time "
        "off work.",
        "health",
    ),
    (
        "Mental health nurses walk out over staffing in New Zealand",
        "Thousands of mental health nurses across New Zealand walked off the job for two hours on "
        "Tuesday, the latest action in a dispute over pay and staffing with the health agency Te "
        "Whatu Ora. Nurses gathered outside hospitals in Auckland, Wellington and Christchurch with "
        "placards reading “Safe staffing saves lives”. The nurses’ union says inpatient units are "
        "so short-staffed that patients are sometimes held in emergency departments for days. "
        "“We are not striking against our patients, we are striking for them,” said a nurse at "
        "the Henry Bennett Centre in Hamilton. Emergency cover was maintained throughout. The "
        "agency said it had made a fair offer and urged the union to return to talks. Further "
        "strikes are planned for next month. "
        "Patient advocates said they backed the nurses but worried about the effect of repeated "
        "strikes on people in crisis.",
        "protest",
    ),
    (
        "Kota parents and students hold silent march after coaching-centre suicides",
        "Hundreds of students and parents marched silently through Kota in Rajasthan on Sunday, "
        "carrying candles and photographs of young people who have taken their own lives while "
        "preparing for India’s competitive entrance exams. The march, organised by a group of "
        "parents, ended with a sit-in outside the district collector’s office. They are demanding "
        "mandatory counselling in every coaching institute and limits on the hours students "
        "spend in class. The state government has ordered hostels to fit anti-suicide devices on "
        "ceiling fans, a step many parents called cosmetic. “Our children are not machines for "
        "marks,” one mother said. Police said the march was peaceful. The district administration "
        "has promised to meet the organisers this week. "
        "Coaching institutes say they have already hired counsellors and introduced weekly "
        "holidays.",
        "protest",
    ),
    (
        "Parents protest outside Dáil over children’s mental health waiting lists",
        "Parents of children waiting for mental health care staged a protest outside Leinster House "
        "on Wednesday, holding up photographs and letters describing months without treatment. "
        "More than 4,000 children are on waiting lists for Child and Adolescent Mental Health "
        "Services, according to figures released to the Oireachtas. Some parents said their "
        "children had self-harmed while waiting. “We are not asking for miracles, just for "
        "someone to see our kids,” said a mother from Kerry. The minister of state for mental "
        "health met a delegation and said recruitment was the main obstacle. Gardaí said the "
        "protest passed off without incident. Opposition TDs said the HSE had failed to act on "
        "a damning report into the South Kerry CAMHS service. "
        "The HSE says it has hired more than 100 clinical staff for the service this year.",
        "protest",
    ),
    (
        "Japan appoints a minister for loneliness as suicides rise",
        "Japan has appointed a minister for loneliness, following Britain, as the government "
        "confronts a rise in suicides during the coronavirus pandemic, particularly among women and "
        "schoolchildren. Tetsushi Sakamoto, who also handles the falling birth rate and regional "
        "revitalisation, said he would hold an emergency forum with charities and experts. Japan "
        "recorded its first rise in suicides in eleven years last year. “Loneliness is not a private "
        "matter,” Sakamoto told reporters. Helplines run by volunteers have struggled to answer "
        "the number of calls. Experts have urged more spending on school counsellors and on "
        "support for non-regular workers, many of them women, who lost jobs during the pandemic. "
        "The government plans to publish a national strategy on isolation by the end of the year, "
        "with targets for local authorities.",
        "other",
    ),
    (
        "Death cafés spread as grieving people look for places to talk",
        "On the first Tuesday of every month, about twenty people meet in a café in Bristol to talk "
        "about death over tea and cake. The death café movement, which began in London in 2011, now "
        "has gatherings in more than 80 countries, and organisers say interest has grown as people "
        "look for somewhere to talk about grief outside a counsellor’s room. “Nobody is here to "
        "fix you. You just get to say it out loud,” said one regular, whose husband died two years "
        "ago. Hospice grief counsellors say the groups are no substitute for therapy but can ease "
        "isolation. Some sessions now take place in libraries and workplaces. A charity has "
        "published a guide for people who want to start their own. "
        "Organisers in Bristol say a third of those who come have never spoken to anyone about a "
        "bereavement before.",
        "other",
    ),
    (
        "Australia’s teen social media ban: what the research on anxiety says",
        "Australia’s ban on social media accounts for under-16s, which takes effect in December, has "
        "been sold by the government as a way to protect young people’s mental health. Researchers "
        "are divided on how much it will help. Studies have linked heavy use of social media to "
        "anxiety, poor sleep and depression in teenagers, particularly girls, but the evidence "
        "of cause and effect is weaker than campaigners suggest, according to a review by the "
        "University of Sydney. “The platforms are part of the story, not the whole story,” said one "
        "of its authors. Youth mental health service Headspace says young people have told it they "
        "fear losing online support groups. Platforms face fines of up to A$49.5m for breaches. "
        "The eSafety Commissioner will publish guidance on how platforms must verify ages before "
        "the law takes effect.",
        "other",
    ),
    (
        "Youth workers say London’s knife crime leaves teenagers living ‘like in a war zone’",
        "Youth workers in south London say teenagers who have lost friends to knife crime are "
        "showing symptoms that clinicians would recognise in soldiers, including hypervigilance, "
        "flashbacks and a refusal to leave their postcode. The Metropolitan Police recorded more "
        "than a hundred homicides in the capital last year, and a rising share of victims were "
        "teenagers. “Some of these boys carry themselves like they are in a war zone, because to "
        "them it feels like one,” said a youth worker in Croydon. A pilot run by the South London and "
        "Maudsley NHS trust places therapists in hospital emergency departments to meet young people "
        "after stabbings. Early results suggest fewer are re-admitted with new injuries. The "
        "mayor’s office has promised to extend the scheme to four more hospitals.",
        "crime",
    ),
]
