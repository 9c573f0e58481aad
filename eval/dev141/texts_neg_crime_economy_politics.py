"""dev141 hard negatives: courts-martial, military courts and espionage trials (crime), defence
industry results and stocks (economy), and defence budget politics (politics)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Fort Cavazos drill sergeant sentenced to 12 years at court-martial for sexually "
        "assaulting trainees",
        "A former drill sergeant at Fort Cavazos, Texas, was sentenced to 12 years in prison and "
        "a dishonorable discharge on Friday after a military judge found him guilty of sexually "
        "assaulting three female trainees and of abusive sexual contact with a fourth, the "
        "Army's Office of Special Trial Counsel said. Staff Sgt. Marcus Delgado, 34, was also "
        "reduced to the lowest enlisted rank and will forfeit all pay and allowances. "
        "Prosecutors said Delgado had used his authority over the recruits, who were in their "
        "first weeks of training, to isolate them in supply rooms and his office over a period "
        "of five months. He pleaded not guilty to all charges. The case was one of the first at "
        "the installation to be brought by the new independent Office of Special Trial Counsel, "
        "which took over the prosecution of sexual assault and other serious crimes from "
        "commanders in December 2023 under reforms passed by Congress. Advocates for survivors "
        "said the verdict showed the value of taking such decisions out of the chain of command. "
        "Delgado's defence counsel said he would appeal. The Army's annual report on sexual "
        "assault, released last spring, showed reports of assault across the service rose "
        "slightly.",
        "crime",
    ),
    (
        "Military courts sentence 25 civilians over May 9 attacks on army installations",
        "RAWALPINDI - Military courts have sentenced 25 civilians to prison terms of between two "
        "and ten years for their role in the attacks on military installations during the riots "
        "of May 9, 2023, the military's media wing said on Saturday. The Inter-Services Public "
        "Relations (ISPR) said the convicts had been tried under the Pakistan Army Act and the "
        "Official Secrets Act for attacks on the Corps Commander House in Lahore, the General "
        "Headquarters gate in Rawalpindi and other sites after the arrest of former prime "
        "minister Imran Khan. It said the accused had been given all legal rights, including the "
        "right to appeal. Khan's Pakistan Tehreek-e-Insaf party said the trials were "
        "unconstitutional and politically motivated, and the European Union and the United "
        "States expressed concern that civilians were being tried by military tribunals that "
        "lacked independence and transparency. The Supreme Court had earlier allowed the "
        "military courts to announce verdicts in cases of those who had already completed their "
        'detention. ISPR said justice had been "served in the true sense" and that the '
        "sentences would deter anyone from taking the law into their own hands. More than 100 "
        "civilians are facing trial in military courts over the unrest.",
        "crime",
    ),
    (
        "Air National Guardsman Jack Teixeira sentenced to 15 years for leaking classified "
        "documents",
        "BOSTON - Massachusetts Air National Guardsman Jack Teixeira was sentenced on Tuesday to "
        "15 years in federal prison for leaking classified military documents about the war in "
        "Ukraine and other national security secrets on the social media platform Discord. "
        "Teixeira, 22, pleaded guilty in March to six counts of willful retention and "
        "transmission of national defense information under the Espionage Act. Prosecutors said "
        "he had accessed hundreds of documents from his post as an IT specialist at Otis Air "
        "National Guard Base on Cape Cod and posted them to a chat group of gaming friends to "
        "impress them. The leaked files included assessments of Ukrainian air defences and of "
        'Russian forces, as well as intelligence gathered on allies. "I want to apologise for '
        'all the harm I brought and caused," Teixeira told the court. His lawyers had asked for '
        "11 years, arguing that he was young and socially isolated. The Air Force has "
        "disciplined more than a dozen members of his unit and chain of command for failing to "
        "act on warnings about his behaviour. He also faces a separate military court-martial "
        "process.",
        "crime",
    ),
    (
        "Navy sailor convicted of selling warship secrets to Chinese intelligence officer",
        "SAN DIEGO - A US Navy sailor who worked as a machinist's mate aboard the amphibious "
        "assault ship USS Essex was convicted on Wednesday of espionage for selling sensitive "
        "military information to a Chinese intelligence officer, federal prosecutors said. A "
        "jury in San Diego found Jinchao Wei guilty of six counts, including conspiracy to "
        "commit espionage and unlawful export of technical data. Prosecutors said Wei, a "
        "naturalised US citizen, was approached online in 2022 by a person who claimed to work "
        "for a Chinese state shipbuilding company, and over the next 18 months sent photographs, "
        "videos and technical manuals about the Essex and other ships, including details of "
        "their weapons, propulsion and defensive systems, in exchange for about $12,000. He was "
        "arrested in 2023 as he arrived for work at Naval Base San Diego. The Justice Department "
        "said the case was one of several in which Chinese intelligence services had targeted "
        "service members through social media and job offers. Wei faces a possible life sentence "
        "at his sentencing in December. His lawyers argued he had been naive and manipulated.",
        "crime",
    ),
    (
        "Former SAS soldier's war crime murder case adjourned as court weighs secrecy orders",
        "SYDNEY - The case against a former Special Air Service Regiment soldier charged with "
        "the war crime of murder over the shooting of an Afghan man in 2012 was adjourned again "
        "on Tuesday, as lawyers argued over how classified evidence would be handled at trial. "
        "Oliver Schulz, the first Australian veteran to face a war crime charge under "
        "Commonwealth law, is accused of killing Dad Mohammad in a wheat field in Uruzgan "
        "province during a raid on a village, an incident filmed by another soldier's helmet "
        "camera and broadcast by the ABC in 2020. He has not entered a plea and is on bail. The "
        "charge followed the Brereton inquiry, which in 2020 found credible information that "
        "Australian special forces soldiers had unlawfully killed 39 Afghan prisoners and "
        "civilians. The Office of the Special Investigator, set up to examine the inquiry's "
        "findings, said it was investigating dozens of other cases. Defence lawyers told the NSW "
        "Local Court that national security orders could prevent their client from receiving a "
        "fair trial. The matter will return to court in March. Veterans' groups remain divided "
        "over the prosecutions.",
        "crime",
    ),
    (
        "Rheinmetall posts record order backlog, lifts sales outlook on European rearmament",
        "DÜSSELDORF (Reuters) - Rheinmetall reported a record order backlog of 63.8 billion "
        "euros on Thursday and raised its sales growth forecast for the year, as European "
        "governments boost spending on ammunition, armoured vehicles and air defence. Germany's "
        "largest arms maker said operating profit rose 49% in the quarter, driven by its weapons "
        "and ammunition division, which has been expanding production of 155 mm artillery shells "
        "at plants in Germany, Spain, Hungary and South Africa. Chief Executive Armin Papperger "
        "said he expected sales to grow by 25% to 30% this year and that the company was in "
        "talks with several governments about orders worth tens of billions of euros. "
        "Rheinmetall shares, which have risen more than tenfold since early 2022, rose 4% in "
        "Frankfurt trading. The company is opening a new ammunition plant in Unterlüß, in Lower "
        "Saxony, which will produce up to 350,000 shells a year when it reaches full capacity. "
        'Analysts at Jefferies said the quarter was "clean" but warned that expectations were '
        "high. Rheinmetall also said it would buy naval shipbuilder NVL from the Lürssen group "
        "to enter the warship business. The company has also signed joint ventures to produce "
        "ammunition in Lithuania, Romania and Ukraine. Papperger said a shortage of propellant "
        "powder, rather than demand, was now the main limit on output, and that Rheinmetall was "
        "building new capacity for it in Spain. He told analysts on a conference call that the "
        "company had hired about 5,000 people over the past year. Some investors have questioned "
        "whether the pace of orders can last once the war in Ukraine ends, but Papperger said "
        "European stocks would take a decade to rebuild regardless. The company confirmed its "
        "target of 40 billion euros in sales by 2030.",
        "economy",
    ),
    (
        "Hanwha Aerospace profit triples on K9 howitzer and rocket launcher exports",
        "SEOUL - Hanwha Aerospace reported a near tripling of quarterly operating profit on "
        "Tuesday, beating analyst forecasts, as deliveries of K9 self-propelled howitzers and "
        "Chunmoo multiple rocket launchers to Poland and other European customers accelerated. "
        "Operating profit for the April-June quarter came to 1.2 trillion won, up from 357 "
        "billion won a year earlier, on sales that rose 48%, the company said in a regulatory "
        "filing. Exports accounted for more than half of its land systems revenue for the first "
        "time. Hanwha said it expected further orders from Romania, where it won a contract for "
        "K9s last year, and from Middle Eastern customers, and that it was preparing a bid for "
        "Canada's submarine programme with its shipbuilding affiliate Hanwha Ocean. Shares in "
        "the company have risen about fivefold over the past two years, making it one of the "
        "best-performing large-cap stocks on the KOSPI. Analysts at Korea Investment & "
        'Securities raised their target price, saying the company was "in the middle of a '
        "multi-year export super-cycle.\" South Korea's defence exports have grown rapidly since "
        "2022, with Seoul aiming to become the world's fourth-largest arms exporter.",
        "economy",
    ),
    (
        "European defence stocks hit record as NATO allies back 5% spending target",
        "LONDON (Reuters) - European defence shares rose to a record high on Wednesday as NATO "
        "leaders meeting in The Hague agreed to raise the alliance's spending target to 5% of "
        "GDP by 2035, a pledge that analysts said would sustain a decade of growth for arms "
        "makers. The STOXX Europe aerospace and defence index gained 1.8%, led by Germany's "
        "Hensoldt and Renk and Italy's Leonardo, extending its gain so far this year to more "
        "than 50%. The new target includes 3.5% for core defence and 1.5% for wider security "
        'spending such as infrastructure and cyber defence. "The question is no longer whether '
        'the money will come, but whether industry can build fast enough," said a defence '
        "analyst at Bernstein. Some investors warned that valuations had become stretched, with "
        "several companies trading at more than 40 times expected earnings. Spain, which secured "
        "an exemption from the target, saw shares in its main defence group Indra fall slightly. "
        "The rally has drawn in generalist funds that once avoided the sector on ethical "
        "grounds, and several European banks have relaxed rules on lending to arms makers.",
        "economy",
    ),
    (
        "BAE Systems lifts dividend after record order intake, says it is hiring 10,000 in UK",
        "LONDON - BAE Systems reported record order intake of £37.7 billion for last year on "
        "Wednesday and raised its dividend by 11%, saying demand for munitions, combat vehicles "
        "and warships was likely to stay strong for years. Underlying earnings before interest "
        "and tax rose 9% to £2.7 billion, slightly ahead of analyst forecasts. The company's "
        "order backlog reached a record £69.8 billion, boosted by contracts for the AUKUS "
        "submarine programme, Type 26 frigates for Norway and the UK and artillery shells for "
        "the British Army. Chief Executive Charles Woodburn said BAE would recruit about 10,000 "
        "people in Britain this year, including apprentices and graduates, to keep up with the "
        "work. He said the group had increased production of 155 mm shells eightfold at its "
        "Glascoed plant in Wales since 2022. Shares in BAE closed up 3% in London. The company "
        "also said it expected its acquisition of Ball Aerospace, completed last year, to add "
        "significantly to growth in its US space and sensors business.",
        "economy",
    ),
    (
        "House passes defence bill after culture-war battle over abortion travel and diversity "
        "programmes",
        "WASHINGTON - The House of Representatives narrowly passed its version of the $886 "
        "billion National Defense Authorization Act on Friday after Republicans added amendments "
        "to end the Pentagon's policy of paying travel costs for troops seeking abortions and to "
        "restrict diversity training, setting up a fight with the Democratic-led Senate. The "
        "bill passed 219-210, with only four Democrats voting in favour after most had backed "
        'the committee version earlier in the week. "They turned a bipartisan defence bill into '
        'a partisan attack on service members," said Representative Adam Smith, the top '
        "Democrat on the Armed Services Committee. Republican leaders said the amendments would "
        "refocus the military on warfighting. The underlying bill includes a 5.2% pay raise for "
        "troops, funding for submarines and munitions and measures to counter China in the "
        "Pacific. Senator Tommy Tuberville has for months blocked hundreds of military "
        "promotions in protest at the abortion travel policy, leaving several service branches "
        "without confirmed leaders. The NDAA has been passed every year for more than six "
        "decades, and lawmakers in both parties expect a compromise before the end of the year.",
        "politics",
    ),
    (
        "Bundestag approves debt brake exemption for defence in historic vote",
        "BERLIN - Germany's lower house of parliament voted on Tuesday to exempt defence "
        "spending above 1% of GDP from the country's strict constitutional debt rules and to "
        "create a 500 billion euro fund for infrastructure, clearing the way for a massive "
        "increase in military spending. The constitutional amendment, negotiated by "
        "chancellor-in-waiting Friedrich Merz's conservatives with the Social Democrats and the "
        "Greens, passed with 513 votes, more than the two-thirds majority required. Merz told "
        'lawmakers that the decision was "a first big step toward a new European defence '
        'community" and that Germany would do "whatever it takes" to defend freedom in '
        "Europe. The far-right Alternative for Germany and the Left party, which will both have "
        "more seats in the incoming parliament, had tried unsuccessfully to block the vote in "
        "the Constitutional Court. The upper house, the Bundesrat, is expected to approve the "
        "amendment on Friday. Economists estimate that defence spending could reach 3% of GDP "
        "within a few years. German defence stocks and the euro rose after the vote.",
        "politics",
    ),
    (
        "Opposition attacks Labor over 'smoke and mirrors' defence budget as Marles defends "
        "spending path",
        'CANBERRA - The federal opposition has accused the Albanese government of a "smoke and '
        'mirrors" approach to defence spending, saying projected increases in the budget are '
        "pushed beyond the forward estimates while real spending over the next four years will "
        "barely rise. Shadow defence minister Andrew Hastie said the government had cut or "
        "deferred projects worth billions of dollars to fund its priorities and was failing to "
        "respond to what he described as the most dangerous strategic environment since the "
        "Second World War. Defence Minister Richard Marles rejected the criticism, telling "
        "Parliament that Labor was investing an additional $50.3 billion over the decade and "
        "that spending would reach 2.4% of GDP by 2033-34. The United States has been pressing "
        "Australia to lift spending to 3.5% of GDP, a figure Marles said was a matter for "
        "Australia to decide. Independent analysts told Defence Connect that much of the "
        "promised growth depended on decisions that would be taken by future governments. The "
        "Coalition has not said how much it would spend if elected, or how it would pay for it.",
        "politics",
    ),
    (
        "Japan adopts counterstrike capability in overhaul of security strategy",
        "TOKYO - Japan's government on Friday adopted three new security documents that allow "
        "the country to acquire the ability to strike enemy missile launch sites and command "
        "centres, a major departure from its postwar policy of limiting its military to strictly "
        'defensive capabilities. The National Security Strategy describes China as "the '
        'greatest strategic challenge" Japan has ever faced and commits the government to '
        "raising defence and related spending to 2% of GDP by fiscal 2027. Prime Minister Fumio "
        'Kishida said the country was at a "turning point in history" and that Japan would '
        "maintain its exclusively defence-oriented principle. The plans include buying up to 500 "
        "Tomahawk cruise missiles from the United States and extending the range of domestically "
        "made missiles. Opposition parties and pacifist groups criticised the move as a "
        "violation of the spirit of the constitution, which renounces war. Kishida's ruling "
        "Liberal Democratic Party is still divided over how to pay for the build-up, with some "
        "senior lawmakers opposing his plan to raise taxes. The United States welcomed the "
        'documents as "bold and historic."',
        "politics",
    ),
]
