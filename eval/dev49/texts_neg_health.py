"""dev49 negatives: the health desk (epidemics, vaccination campaigns, medical research, health
systems and doctors' disputes), full of the words of war. NEGATIVES = [(title, text, kind code),
...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Cholera outbreak kills 300 in Zambia as rains flood Lusaka townships",
        "Cholera has killed more than 300 people in Zambia since October, the health ministry said, as heavy rains flooded the crowded townships of Lusaka and contaminated shallow wells. The government turned a football stadium into a treatment centre and delayed the start of the school term. Cases have fallen since free chlorine was handed out in the townships.",
        "health",
    ),
    (
        "Malaria vaccine rollout opens new front in decades-long battle",
        "Cameroon began routine vaccination against malaria on Monday, the first country to roll out the shot nationwide, in what the health minister called a new front in a battle the country has fought for generations. Health workers will give four doses to children from five months old. About 20 African countries plan to follow this year. The vaccine cuts severe malaria by about a third, trials found.",
        "health",
    ),
    (
        "'War on cancer' gets $2 billion boost in budget deal",
        "Congressional negotiators added $2 billion for cancer research to the spending deal, a win for patient groups who called it the biggest boost to the war on cancer in a decade. Most of the money goes to early detection trials. The White House had asked for less, but said the president would sign the bill.",
        "politics",
    ),
    (
        "Bacteria winning the arms race against antibiotics, study finds",
        "Drug-resistant infections were directly responsible for 1.1 million deaths in 2021, and the toll could rise by 70% by 2050, according to a study in a leading medical journal. The authors said bacteria were winning an evolutionary arms race because the pipeline of new antibiotics has all but dried up. Deaths among people over 70 rose fastest, the study found.",
        "health",
    ),
    (
        "How the immune system attacks its own nerves in multiple sclerosis",
        "Researchers at a Zurich lab have identified a type of T cell that leads the immune system's attack on the protective sheath around nerves in multiple sclerosis. In mice, blocking the cells stopped the assault. Human trials could begin in three years. The cells were found in blood samples from 200 patients.",
        "other",
    ),
    (
        "Heart attacks among young women rising, registry shows",
        "Hospital admissions for heart attacks among women under 45 rose by 22% over a decade, according to a national registry study presented at a cardiology congress in Madrid. Researchers blamed diabetes, obesity and smoking, and warned that women's symptoms are often missed in emergency rooms. The study covered 500,000 admissions.",
        "other",
    ),
    (
        "Lassa fever death toll reaches 174 in Nigeria",
        "Lassa fever has killed 174 people in Nigeria this year, the Nigeria Centre for Disease Control said, with most cases in Ondo, Edo and Bauchi states. Health workers are on the front line: 18 have been infected. The virus spreads through food contaminated by rats.",
        "health",
    ),
    (
        "Ebola responders race to contain outbreak in Kasai",
        "Health workers have vaccinated more than 10,000 contacts and front-line staff since an Ebola outbreak was declared in Congo's Kasai province a month ago, the World Health Organization said. Thirty-one people have died. Teams are using motorbikes to reach villages cut off by rain. The outbreak is the 16th in Congo since the virus was identified in 1976.",
        "health",
    ),
    (
        "Ransomware gang cripples London hospital pathology service",
        "A ransomware attack on a pathology firm forced two London hospital trusts to cancel more than 1,000 operations and 2,000 outpatient appointments, the health service said. A Russian-speaking criminal gang claimed the attack and published stolen patient data after a ransom was not paid. Blood supplies for transfusions ran short for weeks, and hospitals asked donors with O-negative blood to come forward.",
        "crime",
    ),
    (
        "Junior doctors begin five-day walkout over pay",
        "Resident doctors in England walked out for five days on Friday in a dispute over pay, joining picket lines outside hospitals from Newcastle to Plymouth. The health secretary said the strike would cost the service millions and called it unjustified; the union said doctors' pay had fallen by a fifth in real terms.",
        "protest",
    ),
    (
        "Weight-loss drug makers go to war over copycat pens",
        "The two makers of the leading weight-loss injections have filed more than 30 lawsuits against pharmacies and telehealth firms selling compounded copies, in what analysts call a price war in all but name. Both cut list prices for self-paying patients this month. Shares of both companies fell after the announcement.",
        "economy",
    ),
    (
        "'Killer' fungus spreads through US hospitals",
        "Cases of the drug-resistant fungus Candida auris rose by 95% in a year in US hospitals, health officials said, and the infection kills up to a third of patients whose bloodstream it invades. Hospitals are screening new patients and isolating carriers. The fungus was first identified in Japan in 2009.",
        "health",
    ),
    (
        "Bombshell trial shows cheap drug cuts deaths from sepsis",
        "A cheap steroid given within six hours of diagnosis cut deaths from septic shock by 15% in a trial of 4,000 patients across 80 intensive care units, researchers reported. Critical care doctors called the result a bombshell that could change practice within months. The drug costs less than a dollar a dose.",
        "other",
    ),
    (
        "Drones deliver blood to remote clinics in Rwanda's hills",
        "Drones operated by a California start-up now make more than 200 deliveries of blood and vaccines a day to clinics across Rwanda, dropping packets by parachute in under 30 minutes. The health ministry said maternal deaths from bleeding have fallen in the districts served. The service has since expanded to Ghana and Nigeria.",
        "other",
    ),
    (
        "Dengue invades new territory as mosquitoes move north",
        "Locally acquired dengue cases were recorded in 14 European countries this summer, up from four a decade ago, the European disease agency said, as the tiger mosquito that carries the virus invades new regions. France alone had 80 local cases. Most patients had not travelled abroad.",
        "health",
    ),
    (
        "Mpox vaccine campaign reaches 500,000 in Congo",
        "Congo has vaccinated more than 500,000 people against mpox since the campaign began in Kinshasa, the health ministry said, with mobile teams targeting sex workers, contacts of patients and children in the worst-hit provinces. Cases have fallen for six weeks. Japan donated 3 million doses.",
        "health",
    ),
    (
        "Nurse found guilty of killing seven babies",
        "A neonatal nurse was found guilty of murdering seven babies and attempting to kill six others at a hospital in northern England, after a trial that lasted ten months. She injected air and insulin into infants in her care, the prosecution said. She will be sentenced on Monday.",
        "crime",
    ),
    (
        "Hospital fire kills 11 newborns in Jhansi",
        "A fire that started in an oxygen concentrator killed 11 newborns in the neonatal intensive care unit of a state hospital in Jhansi on Friday night, officials said. Staff broke windows to rescue 39 babies. The state government ordered an inquiry into fire safety.",
        "accident",
    ),
    (
        "Army field hospital drill tests mass casualty plans",
        "Army medics and 300 civilian volunteers took part in a three-day exercise simulating a mass casualty event at a former airbase in Lower Saxony, the defence ministry said. Surgeons operated on mannequins in tents under blackout conditions. Officials said the lessons would feed into plans for civil emergencies.",
        "military",
    ),
    (
        "Diphtheria kills dozens in Guinea as vaccine stocks run low",
        "A diphtheria outbreak has killed at least 60 children in Guinea's Kankan region, and vaccine stocks have run out in several districts, the World Health Organization said. The disease had not been seen in the region for decades. UNICEF said it was flying in 500,000 doses.",
        "health",
    ),
    (
        "Korean trainee doctors end year-long walkout",
        "Most of South Korea's trainee doctors returned to hospitals on Monday, ending a year-long walkout over a plan to raise medical school admissions. The protest had forced hospitals to cut surgeries by half. No violence was reported during the dispute, which was fought in courts and on picket lines.",
        "protest",
    ),
    (
        "Gulf War illness linked to nerve agent exposure, study says",
        "Veterans of the 1991 Gulf War who carry a weak version of a gene that breaks down nerve agents were far more likely to develop Gulf War illness, a study of 1,000 veterans found. The researchers say it settles a debate of three decades about the cause of the condition. The Pentagon funded the study.",
        "history",
    ),
    (
        "Hiroshima survivors' children show no excess cancer risk",
        "Children of people who survived the atomic bombings of Hiroshima and Nagasaki in 1945 have no higher risk of cancer than other Japanese, according to a study that followed 77,000 of them for 70 years. The survivors' group welcomed the result.",
        "history",
    ),
    (
        "Film about Gaza surgeon premieres in Venice",
        "A documentary about a British surgeon who volunteered in Gaza's hospitals premiered at the Venice Film Festival to a long standing ovation. The director said she wanted to show the exhaustion of doctors. Distributors in 20 countries have bought it.",
        "entertainment",
    ),
    (
        "Ten-day polio drive aims to reach 45 million Pakistani children",
        "Pakistan began a ten-day polio vaccination campaign on Monday, with 400,000 health workers going door to door to reach 45 million children under five. The country has reported 22 cases this year. Police will escort teams in some districts.",
        "health",
    ),
    (
        "Measles 'invasion' of Texas counties passes 600 cases",
        "A measles outbreak in West Texas has passed 600 cases and killed two unvaccinated children, state health officials said. Local doctors said the virus had invaded communities with very low vaccination rates, and the state sent nurses to run extra clinics. It is the largest outbreak in the state in 30 years.",
        "health",
    ),
    (
        "Peace deal clauses bring health posts to former FARC zones",
        "Colombia's health ministry opened 12 rural health posts in areas where former FARC fighters live, a commitment of the peace agreement signed years ago, and said ex-combatants would staff some of them as community health workers. The UN verification mission welcomed the step. The posts will offer vaccination, prenatal care and mental health services.",
        "peace",
    ),
    (
        "Shell shock records reveal how WWI doctors treated soldiers",
        "Historians at a Scottish university have digitised 2,000 case files from a military hospital that treated shell-shocked officers during the First World War. The files show doctors trying talking cures decades before modern trauma therapy. The archive opens to the public next month.",
        "history",
    ),
]
