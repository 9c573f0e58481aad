"""dev211 negatives: doctors' and nurses' strikes, health politics with its "wars" and "battles",
and drug prices with their "price wars" and "bidding wars" (see build.py)."""

NEGATIVES = [
    (
        "Junior doctors in England begin longest strike in NHS history",
        "Junior doctors in England began a six-day walkout on Wednesday, the longest strike in "
        "the history of the National Health Service, after talks with the government over pay "
        "broke down before Christmas. The British Medical Association says its members have "
        "suffered a real-terms pay cut of more than a quarter since 2008 and that the government's "
        "offer of a further 3% was not enough. NHS England said hospitals would prioritise "
        "emergency care, and consultants were covering wards in many trusts. Picket lines formed "
        "outside St Thomas' Hospital in London and Manchester Royal Infirmary in freezing "
        "temperatures, with doctors holding placards reading “Pay restoration now”. The health "
        "secretary called the strike extremely disappointing and said the government would not "
        "negotiate while industrial action continued. Earlier walkouts have led to more than a "
        "million appointments and operations being rescheduled. Hospital leaders warned that the "
        "strike would add to pressure during the winter flu season, with the waiting list already "
        "at 7.6 million. “Nobody goes into medicine wanting to stand on a picket line,” said a "
        "second-year doctor outside Leeds General Infirmary. Talks are not expected to resume "
        "before the end of the month.",
        "protest",
    ),
    (
        "South Korean trainee doctors walk out over medical school quota plan",
        "Thousands of trainee doctors in South Korea walked off the job on Tuesday in protest at "
        "a government plan to increase medical school admissions, forcing big hospitals in Seoul "
        "to cancel surgeries and turn patients away from emergency rooms. The health ministry "
        "said about 8,800 residents and interns, roughly 71% of the total, had left their posts, "
        "and ordered them to return or face suspension of their licences. The government wants "
        "to add 2,000 places a year at medical schools from 2025, saying the country faces a "
        "shortage of doctors in rural areas and in specialties such as paediatrics. Doctors' "
        "groups say the plan will harm the quality of training and that the real problem is pay "
        "and working conditions in essential specialties. Several thousand doctors rallied "
        "peacefully in central Seoul at the weekend. The prime minister urged them to put "
        "patients first. Polls show most South Koreans support the increase.",
        "protest",
    ),
    (
        "Kenyan doctors end 100-day strike after deal on pay",
        "Doctors in Kenya's public hospitals returned to work on Wednesday after their union "
        "signed a deal with the government ending a 100-day strike that had left millions of "
        "patients without care. The Kenya Medical Practitioners, Pharmacists and Dentists Union "
        "accepted a pay rise and new allowances, and the government promised to hire more "
        "doctors and improve equipment. Seven union officials were jailed for a month in February "
        "for defying a court order to call off the strike, before being released on appeal. "
        "Wards stood empty during the walkout, and some patients died after being turned away, "
        "according to local media. Private and mission hospitals were stretched by the extra "
        "demand, and some raised their fees. The union's secretary-general said doctors would "
        "monitor implementation of the agreement closely. Religious leaders had mediated in the "
        "final weeks of the talks.",
        "protest",
    ),
    (
        "New Zealand nurses strike for 24 hours over staffing and pay",
        "Thirty-six thousand nurses, midwives and healthcare assistants walked off the job across "
        "New Zealand on Wednesday in a 24-hour strike over pay and what their union calls "
        "dangerous staffing levels in public hospitals. The New Zealand Nurses Organisation said "
        "the government's pay offer of about 1% a year was an insult and that wards were "
        "routinely short of staff. Life-preserving services were maintained under an agreement "
        "with Health New Zealand. Thousands of nurses marched through central Auckland and "
        "Wellington, some carrying signs reading “Safe staffing saves lives”. The health minister "
        "said the union's demands were unaffordable and urged it to return to the bargaining "
        "table. The country has lost hundreds of nurses to Australia, where pay is higher, "
        "according to the union. Senior doctors held their own strike earlier in the month.",
        "protest",
    ),
    (
        "Nigerian resident doctors begin indefinite strike over pay and brain drain",
        "Resident doctors in Nigeria's public hospitals began an indefinite strike on Wednesday, "
        "demanding higher pay, payment of salary arrears and action on the exodus of doctors "
        "abroad. The Nigerian Association of Resident Doctors said the government had failed to "
        "meet demands agreed in March, including a review of hazard allowances. Resident doctors "
        "make up more than half of the doctors in teaching hospitals, and patients were turned "
        "away from several facilities in Lagos and Abuja. The association says thousands of its "
        "members have emigrated to Britain, Canada and Saudi Arabia in recent years. Lawmakers "
        "have proposed a bill requiring newly qualified doctors to work in Nigeria for five years "
        "before receiving a full licence, which the doctors oppose. The labour minister invited "
        "the union's leaders to talks on Thursday. “We cannot keep asking doctors to be patriots "
        "on empty stomachs,” the association's president said.",
        "protest",
    ),
    (
        "Spanish doctors strike against draft framework statute",
        "Doctors across Spain went on strike on Friday against a draft statute governing the "
        "working conditions of health service staff, with unions saying it would keep them "
        "working 24-hour shifts and limit their ability to work in private practice. The health "
        "ministry said emergency services and minimum staffing were maintained, but thousands of "
        "consultations and operations were cancelled in Madrid, Catalonia and Andalusia. Several "
        "thousand doctors marched to the ministry in Madrid, chanting for a separate statute for "
        "the medical profession. Health Minister Mónica García, herself an anaesthetist, said the "
        "draft was the result of negotiations with the main public-sector unions and that "
        "doctors' complaints would be heard. The Spanish Confederation of Medical Unions said "
        "further strike days would be called if the ministry did not reopen talks. Spain's "
        "doctors work some of the longest on-call hours in Europe, according to medical "
        "associations. Patients' groups said they supported the demands but did not want "
        "waiting lists to grow longer.",
        "protest",
    ),
    (
        "Biden relaunches cancer moonshot with goal to halve death rate",
        "President Joe Biden on Wednesday relaunched the Cancer Moonshot he led as vice-president, "
        "setting a goal of cutting the US cancer death rate by at least 50% over the next 25 "
        "years. Speaking at the White House, the president said the country could “end cancer as "
        "we know it” and called on researchers, drugmakers and insurers to work together. Biden, "
        "whose son Beau died of brain cancer in 2015, said the initiative would focus on early "
        "detection, on screenings missed during the pandemic and on new research through the "
        "Advanced Research Projects Agency for Health. Richard Nixon declared a war on cancer in "
        "1971, and critics have long warned against promising victories that science cannot "
        "deliver. The White House did not announce new funding but said it would ask Congress "
        "for money. Cancer remains the second leading cause of death in the United States, "
        "killing more than 600,000 people a year. Patient advocates welcomed the focus but said "
        "the cost of treatment kept many families from the care they needed.",
        "politics",
    ),
    (
        "Kennedy fires entire US vaccine advisory panel in escalating war with public health establishment",
        "Health Secretary Robert F Kennedy Jr has removed all 17 members of the Advisory "
        "Committee on Immunization Practices, the panel that advises the Centers for Disease "
        "Control and Prevention on vaccines, saying it was riddled with conflicts of interest. "
        "In an opinion piece published on Monday, Kennedy said a clean sweep was needed to "
        "restore public trust in vaccines. Public health groups called the move an attack on "
        "science that would leave children's health at the mercy of political appointees. "
        "Kennedy named eight replacements two days later, including several who have criticised "
        "Covid-19 vaccines. Senator Bill Cassidy, a Republican doctor who backed Kennedy's "
        "confirmation after receiving assurances that the panel would be left intact, said he "
        "was concerned. Insurers use the committee's recommendations to decide which vaccines to "
        "cover, and many states write them into school requirements. The American Academy of "
        "Pediatrics said it would publish its own immunisation schedule. “This is a hostile "
        "takeover of the vaccine system,” said a former CDC director.",
        "politics",
    ),
    (
        "MPs back assisted dying bill after emotional Commons battle",
        "MPs voted by 330 to 275 on Friday to back legalising assisted dying for terminally ill "
        "adults in England and Wales, after a five-hour debate in which members spoke of the "
        "deaths of parents, spouses and constituents. The private member's bill, introduced by "
        "the Labour MP Kim Leadbeater, would allow adults with less than six months to live to "
        "seek help to end their lives, subject to approval by two doctors and a High Court judge. "
        "Opponents, including the health secretary, argued that palliative care was underfunded "
        "and that vulnerable people could feel pressure to die. Supporters outside Parliament held "
        "placards and sang, while opponents kept a silent vigil across the road. The bill now "
        "goes to committee, where it faces a long fight over amendments. The Royal College of "
        "Physicians said it was neutral on the principle but had concerns about the role of "
        "doctors. The prime minister voted in favour.",
        "politics",
    ),
    (
        "Starmer to abolish NHS England in war on bureaucracy",
        "Prime Minister Keir Starmer announced on Thursday that NHS England, the body that runs "
        "the health service day to day, would be abolished and its functions brought back into "
        "the Department of Health, in what he called a drive to cut bureaucracy and put money "
        "into frontline care. Speaking in Hull, Starmer said it made no sense to have two "
        "organisations doing the same job. Up to half of the staff at NHS England and the "
        "department could lose their jobs, health officials said. The health secretary said the "
        "move would save hundreds of millions of pounds a year that could be spent on cutting "
        "waiting lists. The Conservatives said it amounted to a reversal of reforms passed in "
        "2012. Unions warned that the upheaval could distract managers from the task of bringing "
        "down waits for treatment. NHS England's chief executive had already said she would step "
        "down.",
        "politics",
    ),
    (
        "Novo Nordisk and Pfizer escalate bidding war for obesity biotech Metsera",
        "Novo Nordisk raised its offer for Metsera on Friday to as much as $10 billion, "
        "escalating a bidding war with Pfizer for the US obesity drug developer that has drawn in "
        "lawyers and antitrust regulators. Pfizer, which agreed in September to buy Metsera for "
        "up to $7.3 billion, sued to block the Danish group's rival bid, calling it an illegal "
        "attempt to stifle a competitor. Metsera's board said Novo's offer was superior but gave "
        "Pfizer time to respond. Analysts said the fight showed how eager drugmakers are to "
        "secure a place in the market for weight-loss injections, which some forecast could be "
        "worth $150 billion a year by the early 2030s. Novo has lost ground to Eli Lilly, whose "
        "tirzepatide drugs have overtaken Wegovy and Ozempic in US prescriptions. Shares in "
        "Metsera rose 8% in early trading. Pfizer is widely expected to raise its bid.",
        "economy",
    ),
    (
        "Insulin makers cut list prices by up to 70% as pressure mounts over costs",
        "Eli Lilly said on Wednesday it would cut the list price of its most commonly prescribed "
        "insulins by 70% and cap patients' out-of-pocket costs at $35 a month, a move that put "
        "pressure on the other two big makers, Novo Nordisk and Sanofi, which followed within "
        "weeks. The cuts to Humalog and Humulin take effect in the fourth quarter. Patient groups "
        "have long accused the three companies of raising prices in lockstep, and some Americans "
        "with diabetes have rationed insulin, with fatal results. The Inflation Reduction Act "
        "capped insulin costs at $35 a month for Medicare patients from January, and California "
        "plans to make its own low-cost insulin. Analysts said the cuts could start a price war "
        "in a market long dominated by three firms, but that the financial impact would be "
        "limited because most insured patients already pay less than the list price after "
        "rebates. Civica, a non-profit drugmaker, plans to sell insulin at no more than $30 a "
        "vial.",
        "economy",
    ),
    (
        "Indian generics makers brace for US tariffs as trade war reaches medicines",
        "Shares in Indian drugmakers fell on Friday after President Donald Trump said the United "
        "States would impose tariffs of 100% on branded and patented pharmaceuticals from "
        "October, although officials said generic medicines would for now be exempt. India "
        "supplies about 40% of the generic drugs used in the US, including cheap antibiotics, "
        "blood pressure pills and cancer treatments. Sun Pharma, the country's largest drugmaker, "
        "which also sells specialty branded medicines in the US, fell more than 3%. Companies "
        "that are building factories in the US would be exempt, Trump said. Industry groups in "
        "India said they were seeking clarity from Washington. Hospital pharmacists in the US "
        "have warned that tariffs on generics would worsen shortages of essential drugs that are "
        "already sold at thin margins. Analysts said the trade war had so far spared the sector, "
        "but that uncertainty was delaying investment decisions.",
        "economy",
    ),
    (
        "China's bulk-buying drive slashes drug prices, squeezing foreign pharma",
        "China's latest round of national volume-based drug procurement has cut the prices of "
        "dozens of generic medicines by an average of 56%, the National Healthcare Security "
        "Administration said, putting more pressure on multinational drugmakers that once "
        "dominated the country's hospitals. Under the scheme, companies bid to supply public "
        "hospitals with large volumes of off-patent drugs, and the lowest bidders win most of "
        "the market. Some winning bids were for less than one yuan a pill. Doctors and patients "
        "have complained on social media that some cheap generics work less well, and the "
        "agency has promised stricter quality checks. The government says the programme has "
        "saved hundreds of billions of yuan since it began in 2018. Foreign firms such as "
        "AstraZeneca and Pfizer have shifted their focus to innovative drugs, which are covered "
        "by separate negotiations for insurance listing. “It is a price war that only the state "
        "can win,” said a Shanghai-based consultant.",
        "economy",
    ),
]
